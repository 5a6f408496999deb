using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>An investor, a town's delegation or an enterprise registered for an event (pending the organizer's approval).</summary>
[MessageUrn("specialtytowns:expo:participant-registered:v1")]
[EntityName("specialtytowns.expo.participant-registered.v1")]
public sealed record ParticipantRegistered(Guid EventId, Guid ParticipantId, string Kind, Guid SubjectId, string Name);
