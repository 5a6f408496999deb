using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Meetings;

namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>A meeting with its event and how the caller acts on it: as the event's organizer, or as one of its parties.</summary>
public sealed record MeetingActor(Meeting Meeting, ExpoEvent Event, bool IsOrganizer, Guid? ParticipantId);
