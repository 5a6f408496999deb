using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SpecialtyTowns.TestKit;

/// <summary>Hand-made RS256 JWTs, so tests control every claim, lifetime and audience.</summary>
public static class TestTokens
{
    public const string Issuer = "specialtytowns-gateway";
    public const string Audience = "specialtytowns";

    public static string Mint(RSA key, IReadOnlyDictionary<string, string> claims, DateTimeOffset? expires = null, string audience = Audience, string issuer = Issuer)
    {
        var now = DateTimeOffset.UtcNow;
        var header = new Dictionary<string, object> { ["alg"] = "RS256", ["typ"] = "JWT" };
        var payload = new Dictionary<string, object>
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["iat"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = (expires ?? now.AddMinutes(10)).ToUnixTimeSeconds(),
        };
        foreach (var (name, value) in claims)
        {
            payload[name] = value;
        }

        var unsigned = Encode(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Encode(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = key.SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return unsigned + "." + Encode(signature);
    }

    public static string Admin(RSA key) => Mint(key, new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = "admin" });

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
