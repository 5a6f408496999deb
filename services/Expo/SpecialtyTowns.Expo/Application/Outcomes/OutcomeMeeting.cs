using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Setup;

namespace SpecialtyTowns.Expo.Application.Outcomes;

/// <summary>A meeting seen by one of its parties for its outcome.</summary>
public sealed record OutcomeMeeting(ExpoEvent Event, Meeting Meeting, Guid ParticipantId, IReadOnlyList<Participant> Parties, Slot? Slot, ExpoTable? Table);
