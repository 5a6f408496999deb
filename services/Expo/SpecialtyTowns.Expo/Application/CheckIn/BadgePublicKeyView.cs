namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>An event's badge verification key: SPKI in base64url, for WebCrypto's importKey("spki").</summary>
public sealed record BadgePublicKeyView(Guid EventId, string KeyId, string PublicKey, string Algorithm);
