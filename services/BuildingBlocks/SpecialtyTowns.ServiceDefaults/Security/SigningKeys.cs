using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace SpecialtyTowns.ServiceDefaults.Security;

/// <summary>
/// RSA keys for access tokens. Only the gateway holds the private key; services get the
/// public key, so a compromised service cannot mint identities. Keys come as PEM text
/// (<c>Auth:PublicKeyPem</c>) or a file path (<c>Auth:PublicKeyPath</c>), e.g. a mounted secret.
/// </summary>
public static class SigningKeys
{
    public static RsaSecurityKey Public(IConfiguration configuration) => Load(configuration, "Public");

    public static RsaSecurityKey Private(IConfiguration configuration) => Load(configuration, "Private");

    private static RsaSecurityKey Load(IConfiguration configuration, string kind)
    {
        var pem = configuration[$"Auth:{kind}KeyPem"];
        var path = configuration[$"Auth:{kind}KeyPath"];
        if (string.IsNullOrWhiteSpace(pem) && !string.IsNullOrWhiteSpace(path))
        {
            pem = File.ReadAllText(path);
        }

        if (string.IsNullOrWhiteSpace(pem))
        {
            throw new InvalidOperationException($"Auth:{kind}KeyPem or Auth:{kind}KeyPath must be configured");
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new RsaSecurityKey(rsa) { KeyId = KeyId(rsa) };
    }

    private static string KeyId(RSA rsa) =>
        Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16];
}
