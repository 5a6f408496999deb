using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>Issues, rotates and revokes refresh tokens, with reuse detection.</summary>
public sealed class RefreshTokenStore(GatewayDbContext db, IOptions<AuthOptions> options, TimeProvider clock, ILogger<RefreshTokenStore> logger)
{
    public async Task<string> IssueAsync(Guid userId, Guid? familyId, CancellationToken cancellationToken)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        db.RefreshTokens.Add(new RefreshToken
        {
            Id = Guid.CreateVersion7(),
            TokenHash = Hash(token),
            FamilyId = familyId ?? Guid.NewGuid(),
            UserId = userId,
            CreatedAt = now,
            ExpiresAt = now.Add(options.Value.RefreshTokenLifetime),
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task<RefreshOutcome> RotateAsync(string token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = Hash(token);
        var row = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (row is null || row.RevokedAt is not null || row.ExpiresAt <= now)
        {
            return new RefreshOutcome(null, null, Reused: false);
        }

        // Claim the token atomically: of two concurrent uses, exactly one wins.
        var claimed = await db.RefreshTokens
            .Where(t => t.Id == row.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            await RevokeFamilyAsync(row.FamilyId, now, cancellationToken);
            logger.LogWarning("Refresh token of family {FamilyId} was used twice; the family is revoked", row.FamilyId);
            return new RefreshOutcome(null, null, Reused: true);
        }

        var next = await IssueAsync(row.UserId, row.FamilyId, cancellationToken);
        return new RefreshOutcome(row.UserId, next, Reused: false);
    }

    /// <summary>Revokes the token's family if the token is <paramref name="userId"/>'s; another user's token is left alone, as an unknown one.</summary>
    public async Task RevokeAsync(string token, Guid userId, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash && t.UserId == userId).Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(cancellationToken);
        if (familyId is { } family)
        {
            await RevokeFamilyAsync(family, clock.GetUtcNow(), cancellationToken);
        }
    }

    private Task<int> RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
