namespace SpecialtyTowns.Expo.Application.Standby;

/// <param name="CheckedInAt">When the party checked in at its table; null while it has not.</param>
/// <param name="NoShow">Null, provisional, confirmed or cleared.</param>
public sealed record HallBoardParty(Guid ParticipantId, string Name, string? NameEn, bool CheckedInAtVenue, DateTimeOffset? CheckedInAt, string? NoShow);
