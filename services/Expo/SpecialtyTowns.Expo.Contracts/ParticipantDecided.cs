using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>
/// The organizer approved or rejected a registration (Status: approved | rejected). OrganisationId is the
/// investor's organisation in Leads (investors only; null from publishers before it was added).
/// </summary>
[MessageUrn("specialtytowns:expo:participant-decided:v1")]
[EntityName("specialtytowns.expo.participant-decided.v1")]
public sealed record ParticipantDecided(Guid EventId, Guid ParticipantId, string Kind, Guid SubjectId, string Status, Guid? OrganisationId = null);
