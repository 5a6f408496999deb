using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.Application;

/// <summary>A draft project; <see cref="TownId"/> names the town (an admin must; a town may name only itself).</summary>
public sealed record CreateProjectCommand(string? RequestId, Guid? TownId, ProjectContent Content) : IIdempotentCommand;
