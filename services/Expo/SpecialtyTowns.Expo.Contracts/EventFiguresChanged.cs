using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>
/// An event's live figures changed in a way no other Expo event tells (a lead or a deal learned from Leads). It
/// carries no figures: the gateway reads them fresh over gRPC and pushes them to the event's
/// dashboards, coalescing bursts.
/// </summary>
[MessageUrn("specialtytowns:expo:event-figures-changed:v1")]
[EntityName("specialtytowns.expo.event-figures-changed.v1")]
public sealed record EventFiguresChanged(Guid EventId, string What, DateTimeOffset ChangedAt);
