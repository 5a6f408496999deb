using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>An organizer created an expo event, or changed its name, place or dates.</summary>
[MessageUrn("specialtytowns:expo:expo-event-scheduled:v1")]
[EntityName("specialtytowns.expo.expo-event-scheduled.v1")]
public sealed record ExpoEventScheduled(Guid EventId, Guid OrganizerId, string Name, string? City, DateOnly StartsOn, DateOnly EndsOn, string TimeZone);
