namespace SpecialtyTowns.Towns.Domain.Projects;

/// <summary>Stable text keys of statuses and cooperation modes, used in the API and events.</summary>
public static class ProjectKeys
{
    public static readonly IReadOnlyList<string> CooperationModes =
        ["equity", "joint-venture", "sole-ownership", "lease", "epc", "ppp", "cooperation", "technology-licensing"];

    public static string Of(ProjectStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParseStatus(string? key, out ProjectStatus status)
    {
        status = default;
        return key is not null
            && Enum.TryParse(key, ignoreCase: true, out status)
            && Enum.IsDefined(status)
            && Of(status) == key;
    }
}
