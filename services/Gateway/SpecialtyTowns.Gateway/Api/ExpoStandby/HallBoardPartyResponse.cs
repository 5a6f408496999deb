namespace SpecialtyTowns.Gateway.Api.ExpoStandby;

/// <param name="NoShow">Null, provisional, confirmed or cleared.</param>
public sealed record HallBoardPartyResponse(string ParticipantId, string Name, string? NameEn, bool CheckedInAtVenue, DateTimeOffset? CheckedInAt, string? NoShow);
