using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.Application;

public sealed record UpdateProjectCommand(string? RequestId, Guid Id, ProjectContent Content, Guid? TownId = null) : IIdempotentCommand;
