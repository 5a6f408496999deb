namespace SpecialtyTowns.Gateway.Api.ExpoAgenda;

public sealed record AgendaPartyResponse(string ParticipantId, string Kind, string Name, string? NameEn);
