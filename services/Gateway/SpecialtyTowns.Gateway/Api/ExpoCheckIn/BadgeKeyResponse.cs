namespace SpecialtyTowns.Gateway.Api.ExpoCheckIn;

/// <summary>The event's badge verification key: SPKI in base64url (WebCrypto <c>importKey("spki")</c>, ECDSA P-256), algorithm ES256.</summary>
public sealed record BadgeKeyResponse(string EventId, string KeyId, string PublicKey, string Algorithm);
