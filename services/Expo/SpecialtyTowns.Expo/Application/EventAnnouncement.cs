using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain;

namespace SpecialtyTowns.Expo.Application;

/// <summary>The event other services learn of an expo event by, after each create or change.</summary>
public static class EventAnnouncement
{
    public static ExpoEventScheduled Of(ExpoEvent expoEvent) =>
        new(expoEvent.Id, expoEvent.OrganizerId, expoEvent.Name, expoEvent.City, expoEvent.StartsOn, expoEvent.EndsOn, expoEvent.TimeZone);
}
