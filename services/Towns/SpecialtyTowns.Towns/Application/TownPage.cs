using SpecialtyTowns.Towns.Domain;

namespace SpecialtyTowns.Towns.Application;

public sealed record TownPage(IReadOnlyList<Town> Towns, int Total, bool HasMore);
