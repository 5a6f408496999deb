using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.Application;

public sealed record ProjectPage(IReadOnlyList<InvestmentProject> Projects, int Total);
