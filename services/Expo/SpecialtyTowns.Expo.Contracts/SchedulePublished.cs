using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>An organizer published a schedule run of an event: how many meetings it placed, moved and unscheduled.</summary>
[MessageUrn("specialtytowns:expo:schedule-published:v1")]
[EntityName("specialtytowns.expo.schedule-published.v1")]
public sealed record SchedulePublished(Guid EventId, Guid RunId, int Placed, int Moved, int Unscheduled, DateTimeOffset PublishedAt);
