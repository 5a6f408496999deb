using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Leads.Application;

/// <param name="Reasons">The whole list in order: key, Chinese name, English name, retired.</param>
public sealed record SaveLostReasonsCommand(string? RequestId, Guid TownId, IReadOnlyList<(string Key, string Name, string? NameEn, bool Retired)> Reasons) : IIdempotentCommand;
