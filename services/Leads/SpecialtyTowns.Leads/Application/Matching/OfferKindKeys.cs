using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>The wire names of what is recommended (project, gap, town), of the lists they make, and of the town side's item (investor).</summary>
public static class OfferKindKeys
{
    public const string Project = "project";
    public const string Gap = "gap";
    public const string Town = "town";

    /// <summary>The town side's feedback kind: the item is an organisation.</summary>
    public const string Investor = "investor";

    /// <summary>The list a town or enterprise sees (match_impressions.list).</summary>
    public const string InvestorsList = "investors";

    public static readonly IReadOnlyList<string> All = [Project, Town, Gap];

    public static string Of(OfferKind kind) => kind switch
    {
        OfferKind.Project => Project,
        OfferKind.Gap => Gap,
        _ => Town,
    };

    /// <summary>An investor's list of that kind: projects, gaps or towns.</summary>
    public static string ListOf(OfferKind kind) => Of(kind) + "s";

    public static bool TryParse(string? key, out OfferKind kind)
    {
        (var known, kind) = key switch
        {
            Project => (true, OfferKind.Project),
            Gap => (true, OfferKind.Gap),
            Town => (true, OfferKind.Town),
            _ => (false, OfferKind.Project),
        };
        return known;
    }
}
