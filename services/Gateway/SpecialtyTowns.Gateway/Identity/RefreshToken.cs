namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// A refresh token, stored only as its hash. Each use rotates it within its family; a
/// second use of a rotated token means it leaked, and the whole family is revoked.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }

    public required string TokenHash { get; set; }

    public Guid FamilyId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
