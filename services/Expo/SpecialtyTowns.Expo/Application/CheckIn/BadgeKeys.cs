using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.CheckIn;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>
/// An event's badge key, created on first use. Two first uses at once both try to insert; the
/// primary key lets one win (ON CONFLICT DO NOTHING) and both read the winner, so every badge of
/// an event is signed with the one key the desk verifies with.
/// </summary>
public sealed class BadgeKeys(ExpoDbContext db, TimeProvider clock)
{
    public async Task<BadgeKey> GetOrCreateAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventId, cancellationToken) is { } key)
        {
            return key;
        }

        var (privateKey, publicKey) = BadgeSignatures.NewKeyPair();
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO badge_keys (event_id, key_id, private_key, public_key, created_at)
            VALUES ({eventId}, {keyId}, {privateKey}, {publicKey}, {now})
            ON CONFLICT (event_id) DO NOTHING
            """,
            cancellationToken);
        return await FindAsync(eventId, cancellationToken) ?? throw new NotFoundException("Event", eventId.ToString());
    }

    /// <summary>The event's key, or null when no badge was issued yet (so no token can be valid).</summary>
    public Task<BadgeKey?> FindAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.BadgeKeys.AsNoTracking().SingleOrDefaultAsync(k => k.EventId == eventId, cancellationToken);
}
