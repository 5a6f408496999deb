using System.Security.Cryptography;
using SpecialtyTowns.Expo.Domain.CheckIn;

namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>
/// ECDSA P-256 with SHA-256 over the badge payload, the signature in IEEE P1363 form (r || s, 64
/// bytes): what WebCrypto's ECDSA verify expects, so the desk can check a badge in the browser.
/// </summary>
public static class BadgeSignatures
{
    public static (byte[] PrivateKey, byte[] PublicKey) NewKeyPair()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (key.ExportPkcs8PrivateKey(), key.ExportSubjectPublicKeyInfo());
    }

    public static string Sign(BadgeKey key, BadgeToken badge)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(key.PrivateKey, out _);
        return badge.Encode(ecdsa.SignData(badge.Payload(), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    public static bool Verify(BadgeKey key, byte[] payload, byte[] signature)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(key.PublicKey, out _);
        return ecdsa.VerifyData(payload, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
