namespace SpecialtyTowns.Towns.Contracts;

/// <summary>A town published an investment project: investors can now find it.</summary>
public sealed record ProjectPublished(Guid ProjectId, Guid TownId, string Title, string Status, string IndustryCode, long AmountMinFen, long AmountMaxFen, DateTimeOffset At);
