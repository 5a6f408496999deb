using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Requests;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>A request with its parties' registrations, for naming them.</summary>
public sealed record RequestView(MeetingRequest Request, IReadOnlyDictionary<Guid, Participant> Parties);
