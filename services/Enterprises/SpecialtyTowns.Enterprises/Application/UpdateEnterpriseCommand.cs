using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Enterprises.Application;

/// <summary>A partial update: null leaves a field as it is.</summary>
public sealed record UpdateEnterpriseCommand(string? RequestId, Guid Id, string? Name, IReadOnlyList<string>? Products) : IIdempotentCommand;
