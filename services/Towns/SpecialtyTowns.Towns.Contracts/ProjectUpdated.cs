namespace SpecialtyTowns.Towns.Contracts;

/// <summary>A project's content changed (whatever its status).</summary>
public sealed record ProjectUpdated(Guid ProjectId, Guid TownId, string Title, string Status, string IndustryCode, long AmountMinFen, long AmountMaxFen, DateTimeOffset At);
