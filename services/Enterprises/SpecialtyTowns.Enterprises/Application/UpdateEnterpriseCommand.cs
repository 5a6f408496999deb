using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Enterprises.Application;

/// <summary>Replaces the whole profile; ExpectedVersion 0 skips the staleness check.</summary>
public sealed record UpdateEnterpriseCommand(string? RequestId, Guid Id, EnterpriseProfile Profile, int ExpectedVersion) : IIdempotentCommand;
