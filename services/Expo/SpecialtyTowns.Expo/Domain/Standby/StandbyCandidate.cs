namespace SpecialtyTowns.Expo.Domain.Standby;

/// <summary>
/// A participant that could take a freed place: checked in at the venue, approved, free in the slot,
/// allowed by the event's request rules with the partner and not offered this place before.
/// </summary>
/// <param name="ParticipantId">The candidate.</param>
/// <param name="Interest">What the candidate and the partner already asked of each other (<see cref="StandbyInterest"/>).</param>
/// <param name="CheckedInAt">When the candidate first checked in at the venue.</param>
/// <param name="Match">Leads' two-sided match of the candidate and the partner, when it scored them.</param>
public sealed record StandbyCandidate(Guid ParticipantId, int Interest, DateTimeOffset CheckedInAt, StandbyCandidateMatch? Match = null);
