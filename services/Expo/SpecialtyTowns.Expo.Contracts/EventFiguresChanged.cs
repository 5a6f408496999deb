using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>
/// An event's live figures changed (a check-in, a no-show, a refill, an outcome, a lead...). It
/// carries no figures: the gateway reads them fresh over gRPC and pushes them to the event's
/// dashboards, coalescing bursts.
/// </summary>
[MessageUrn("specialtytowns:expo:event-figures-changed:v1")]
[EntityName("specialtytowns.expo.event-figures-changed.v1")]
public sealed record EventFiguresChanged(Guid EventId, string What, DateTimeOffset ChangedAt);
