using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>Which placed meetings an edit of a table or an interpreter would leave without what they need.</summary>
public sealed class SetupUsage(ExpoDbContext db)
{
    /// <summary>Meetings placed at the table whose parties take more than <paramref name="seats"/> seats together.</summary>
    public async Task<IReadOnlyList<Guid>> MeetingsNeedingMoreSeatsAsync(Guid tableId, int seats, CancellationToken cancellationToken) =>
        await (from meeting in db.Meetings
               where meeting.TableId == tableId && meeting.SlotId != null
               from party in meeting.Parties
               join participant in db.Participants on party.ParticipantId equals participant.Id
               group participant.Seats by meeting.Id into taken
               where taken.Sum() > seats
               orderby taken.Key
               select taken.Key).ToListAsync(cancellationToken);

    /// <summary>Meetings placed with the interpreter whose language is not among <paramref name="languages"/>.</summary>
    public async Task<IReadOnlyList<Guid>> MeetingsLosingLanguageAsync(Guid interpreterId, List<string> languages, CancellationToken cancellationToken) =>
        await db.Meetings
            .Where(m => m.InterpreterId == interpreterId && m.SlotId != null && m.InterpreterLanguage != null && !languages.Contains(m.InterpreterLanguage))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);

    public static BusinessRuleException Refusal(string rule, string message, string field, IReadOnlyList<Guid> meetingIds) =>
        new(rule, message, [field]) { Metadata = new Dictionary<string, string> { ["meetingIds"] = string.Join(',', meetingIds) } };
}
