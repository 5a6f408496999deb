using Microsoft.EntityFrameworkCore;

namespace SpecialtyTowns.Expo.Infrastructure;

/// <summary>
/// The participant rows of a change that must not interleave with another change of the same
/// participants (a booking and an availability change, an acceptance and a withdrawal): locked in
/// id order, so two such changes never wait on each other, until the transaction ends. FOR NO KEY
/// UPDATE does not block the foreign keys' KEY SHARE locks of inserts that only name them.
/// </summary>
public static class ParticipantLocks
{
    public static async Task LockParticipantsAsync(this ExpoDbContext db, IEnumerable<Guid> participantIds, CancellationToken cancellationToken)
    {
        var ids = participantIds.Distinct().Order().ToArray();
        if (ids.Length > 0)
        {
            await db.Database.ExecuteSqlAsync($"SELECT id FROM participants WHERE id = ANY({ids}) ORDER BY id FOR NO KEY UPDATE", cancellationToken);
        }
    }
}
