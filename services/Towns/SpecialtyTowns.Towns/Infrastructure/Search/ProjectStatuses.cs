using SpecialtyTowns.Towns.Application.Search;
namespace SpecialtyTowns.Towns.Infrastructure.Search;

public static class ProjectStatuses
{
    public const string Published = "published";
    public const string Negotiating = "negotiating";
    public const string Signed = "signed";
    public const string Landed = "landed";

    public static IReadOnlyList<string> All { get; } = [Published, Negotiating, Signed, Landed];
}
