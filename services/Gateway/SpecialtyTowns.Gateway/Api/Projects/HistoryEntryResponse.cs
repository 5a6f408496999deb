namespace SpecialtyTowns.Gateway.Api.Projects;

public sealed record HistoryEntryResponse(DateTimeOffset At, string Actor, string Action, string? FromStatus, string? ToStatus, string? Note);
