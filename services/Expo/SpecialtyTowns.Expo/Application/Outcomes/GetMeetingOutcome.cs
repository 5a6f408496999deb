using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Outcomes;

/// <summary>The meeting as a party sees it on the outcome page, with the outcome it recorded so far.</summary>
public sealed class GetMeetingOutcome(ExpoDbContext db, OutcomeMeetings meetings)
{
    public async Task<MeetingOutcomeView> ExecuteAsync(Guid meetingId, Caller caller, CancellationToken cancellationToken)
    {
        var meeting = await meetings.ForPartyAsync(meetingId, caller, cancellationToken);
        var outcome = await db.Outcomes.AsNoTracking().SingleOrDefaultAsync(o => o.MeetingId == meetingId && o.ParticipantId == meeting.ParticipantId, cancellationToken);
        return new MeetingOutcomeView(meeting, outcome);
    }
}
