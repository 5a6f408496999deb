namespace SpecialtyTowns.Expo.Contracts;

/// <summary>
/// A party of a meeting in <see cref="MeetingOutcomeRecorded"/>: Kind investor|town|enterprise; SubjectId
/// the investor's account id, the town id or the enterprise id; OrganisationId the investor's
/// organisation in Leads when the registration knows it. A struct: the contracts registry takes every
/// public class of this assembly for an event, and this is none.
/// </summary>
public readonly record struct MeetingOutcomeParty(Guid ParticipantId, string Kind, Guid SubjectId, Guid? OrganisationId, string Name);
