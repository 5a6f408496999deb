using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Standby;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Leads.Contracts;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>
/// Keeps Leads' two-sided match scores of an event's participant pairs (<see cref="ExpoMatchesScored"/>),
/// once per direction, for <see cref="StandbyRefill"/> to rank the candidates for a freed place. Pairs
/// whose participants Expo does not know in that event (a message older than a deletion) are dropped.
/// </summary>
public sealed class RecordStandbyMatches(ExpoDbContext db, ILogger<RecordStandbyMatches> logger)
{
    public async Task ExecuteAsync(ExpoMatchesScored scored, CancellationToken cancellationToken)
    {
        var named = scored.Scores.SelectMany(s => new[] { s.ParticipantId, s.OtherParticipantId }).Distinct().ToList();
        var known = (await db.Participants.AsNoTracking()
            .Where(p => p.EventId == scored.EventId && named.Contains(p.Id))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        var pairs = scored.Scores
            .Where(s => s.ParticipantId != s.OtherParticipantId && known.Contains(s.ParticipantId) && known.Contains(s.OtherParticipantId))
            .SelectMany(s => new[] { (s.ParticipantId, s.OtherParticipantId, s), (s.OtherParticipantId, s.ParticipantId, s) })
            .ToList();
        var ids = pairs.Select(p => p.Item1).Distinct().ToList();
        var stored = await db.StandbyMatches.Where(m => ids.Contains(m.ParticipantId)).ToDictionaryAsync(m => (m.ParticipantId, m.OtherParticipantId), cancellationToken);
        foreach (var (one, other, score) in pairs)
        {
            var value = Math.Clamp(score.Score, 0, 100);
            var reason = Cut(score.Reason);
            var reasonEn = Cut(score.ReasonEn);
            if (stored.TryGetValue((one, other), out var match))
            {
                match.Rescore(value, reason, reasonEn, scored.At);
            }
            else
            {
                // Kept in the map too: a message naming a pair in both directions adds it once.
                stored[(one, other)] = StandbyMatch.Of(scored.EventId, one, other, value, reason, reasonEn, scored.At);
                db.StandbyMatches.Add(stored[(one, other)]);
            }
        }

        logger.LogInformation("Kept {Count} match scores of participant {ParticipantId} at event {EventId}", pairs.Count / 2, scored.ParticipantId, scored.EventId);
    }

    private static string Cut(string? text) => text is null ? string.Empty : text.Length > 500 ? text[..500] : text;
}
