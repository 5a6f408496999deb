using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Domain.Meetings;

/// <summary>No meeting is made or placed with a party that is not (or no longer) approved: it withdrew or was rejected.</summary>
public static class MeetingParties
{
    /// <exception cref="BusinessRuleException">participant-not-approved, naming the first such party.</exception>
    public static void EnsureAllApproved(IEnumerable<Participant> parties)
    {
        if (parties.FirstOrDefault(p => !p.IsApproved) is { } absent)
        {
            throw new BusinessRuleException("participant-not-approved", $"'{absent.Name}' is {absent.Status} at this event; a meeting needs every party approved")
            {
                Metadata = new Dictionary<string, string> { ["participantId"] = absent.Id.ToString() },
            };
        }
    }
}
