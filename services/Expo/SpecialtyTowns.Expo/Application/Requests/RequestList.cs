using SpecialtyTowns.Expo.Domain.Participants;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>Requests as one participant (<see cref="Me"/>) sees them.</summary>
public sealed record RequestList(Participant Me, IReadOnlyList<RequestView> Requests);
