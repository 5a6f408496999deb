namespace SpecialtyTowns.Gateway.Api.Leads;

public sealed record LostReasonDto(string? Key, string? Name, string? NameEn = null, bool Retired = false);
