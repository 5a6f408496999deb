namespace SpecialtyTowns.Gateway.Api.ExpoCheckIn;

/// <summary>The party to check in at the meeting; leave it out to check yourself in (a party); the organizer names it.</summary>
public sealed record MeetingCheckInBody(string? ParticipantId);
