using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.CheckIn;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>
/// The desk's name search among the event's approved participants and their attendees: the
/// Chinese name, the English (pinyin) name, or the pinyin initials of the Chinese name
/// (<see cref="NameKeys"/>), case and spaces ignored. An event has at most a few thousand
/// registrations, so they are matched in memory.
/// </summary>
public sealed class SearchCheckIn(ExpoDbContext db, EventAccess access)
{
    public const int MaxResults = 20;

    public async Task<IReadOnlyList<CheckInCandidate>> ExecuteAsync(Guid eventId, string query, Caller caller, CancellationToken cancellationToken)
    {
        await access.ManagedEventAsync(eventId, caller, cancellationToken, track: false);
        var participants = await db.Participants.AsNoTracking()
            .Where(p => p.EventId == eventId && p.Status == ParticipantStatuses.Approved)
            .ToListAsync(cancellationToken);
        var checkedIn = await db.CheckIns.AsNoTracking()
            .Where(c => c.EventId == eventId)
            .Select(c => new { c.ParticipantId, c.AttendeeId, c.CheckedInAt })
            .ToListAsync(cancellationToken);
        // Nullable values: a participant not checked in must read null, not default(DateTimeOffset).
        var at = checkedIn.ToDictionary(c => (c.ParticipantId, c.AttendeeId), c => (DateTimeOffset?)c.CheckedInAt);
        var key = NameKeys.Normalize(query);
        var found = new List<CheckInCandidate>();
        foreach (var p in participants.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (NameKeys.Matches(key, p.Name, p.NameEn))
            {
                found.Add(new CheckInCandidate(p.Id, null, p.Kind, p.Name, p.NameEn, null, null, at.GetValueOrDefault((p.Id, null))));
            }

            found.AddRange(p.Attendees
                .Where(a => NameKeys.Matches(key, a.Name, null))
                .Select(a => new CheckInCandidate(p.Id, a.Id, p.Kind, p.Name, p.NameEn, a.Name, a.Title, at.GetValueOrDefault((p.Id, (Guid?)a.Id)))));
        }

        return found.Take(MaxResults).ToList();
    }
}
