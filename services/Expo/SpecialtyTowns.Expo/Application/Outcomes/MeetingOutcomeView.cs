using SpecialtyTowns.Expo.Domain.Outcomes;

namespace SpecialtyTowns.Expo.Application.Outcomes;

/// <summary>The meeting and the party's outcome so far (null until recorded).</summary>
public sealed record MeetingOutcomeView(OutcomeMeeting Meeting, MeetingOutcome? Outcome)
{
    public IEnumerable<string> OtherParties => Meeting.Parties.Where(p => p.Id != Meeting.ParticipantId).Select(p => p.Name);
}
