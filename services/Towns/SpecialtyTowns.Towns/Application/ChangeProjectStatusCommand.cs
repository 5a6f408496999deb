using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.Application;

public sealed record ChangeProjectStatusCommand(string? RequestId, Guid Id, ProjectStatus Status, string? Note) : IIdempotentCommand;
