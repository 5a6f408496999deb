namespace SpecialtyTowns.Expo.Domain.CheckIn;

/// <summary>
/// An event's badge signing key (ECDSA P-256). Badges carry a signature the check-in desk verifies
/// offline with the public key; the private key never leaves the Expo service.
/// </summary>
public sealed class BadgeKey
{
    private BadgeKey()
    {
    }

    public Guid EventId { get; private set; }

    /// <summary>A short id printed in each badge, so that a rotated key can be told apart.</summary>
    public string KeyId { get; private set; } = string.Empty;

    /// <summary>PKCS#8.</summary>
    public byte[] PrivateKey { get; private set; } = [];

    /// <summary>SubjectPublicKeyInfo (SPKI), what a browser's WebCrypto imports.</summary>
    public byte[] PublicKey { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public static BadgeKey Create(Guid eventId, string keyId, byte[] privateKey, byte[] publicKey, DateTimeOffset now) => new()
    {
        EventId = eventId,
        KeyId = keyId,
        PrivateKey = privateKey,
        PublicKey = publicKey,
        CreatedAt = now,
    };
}
