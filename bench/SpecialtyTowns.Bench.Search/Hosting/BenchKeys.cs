using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SpecialtyTowns.Bench.Search.Hosting;

/// <summary>
/// A signing key pair made for this run: the gateway gets the private key, Towns the public
/// one. The benchmark mints the same anonymous identity the gateway forwards for public
/// reads, to call Towns directly.
/// </summary>
internal sealed class BenchKeys : IDisposable
{
    // The values of ServiceDefaults' TokenSettings and of the gateway's anonymous identity.
    private const string Issuer = "specialtytowns-gateway";
    private const string Audience = "specialtytowns";
    private const string Anonymous = "anonymous";

    private readonly RSA _rsa = RSA.Create(2048);

    public string PrivateKeyPem => _rsa.ExportRSAPrivateKeyPem();

    public string PublicKeyPem => _rsa.ExportSubjectPublicKeyInfoPem();

    public string AnonymousToken(TimeSpan lifetime)
    {
        var now = DateTimeOffset.UtcNow;
        var header = new Dictionary<string, object> { ["alg"] = "RS256", ["typ"] = "JWT" };
        var payload = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["sub"] = Anonymous,
            ["role"] = Anonymous,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.AddSeconds(-5).ToUnixTimeSeconds(),
            ["exp"] = now.Add(lifetime).ToUnixTimeSeconds(),
        };
        var unsigned = Encode(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Encode(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = _rsa.SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return unsigned + "." + Encode(signature);
    }

    public void Dispose() => _rsa.Dispose();

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
