using SpecialtyTowns.Towns.Application.Search;
namespace SpecialtyTowns.Towns.Infrastructure.Search;

public static class TownLevels
{
    public const string Provincial = "provincial";
    public const string Municipal = "municipal";

    public static IReadOnlyList<string> All { get; } = [Provincial, Municipal];
}
