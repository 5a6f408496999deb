extern alias towns;

using towns::SpecialtyTowns.Towns.Application.Search;
using towns::SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Bench.Search.Setup;

/// <summary>The Towns service stores project statuses by enum name (EF HasConversion&lt;string&gt;).</summary>
internal static class EnumNames
{
    public static string Status(string? key) => key switch
    {
        ProjectStatuses.Published => "Published",
        ProjectStatuses.Negotiating => "Negotiating",
        ProjectStatuses.Signed => "Signed",
        ProjectStatuses.Landed => "Landed",
        _ => throw new InvalidDataException($"unexpected project status {key}"),
    };
}
