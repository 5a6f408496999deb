namespace SpecialtyTowns.Leads.Domain.Towns;

/// <summary>
/// The lost reasons a town has until it edits its own list: the reasons 招商 teams record most.
/// Keys are stable, so a town that later saves its own list keeps leads lost for these readable.
/// </summary>
public static class DefaultLostReasons
{
    public static IReadOnlyList<(string Key, string Name, string NameEn)> All { get; } =
    [
        ("no-budget", "资金不足", "Funds not available"),
        ("chose-other-location", "选择其他地区", "Chose another location"),
        ("land-or-permits", "用地或审批条件不满足", "Land or permits not available"),
        ("incentives", "政策条件不满足", "Incentives not sufficient"),
        ("project-cancelled", "项目取消", "Project cancelled"),
        ("no-response", "失去联系", "No response"),
        ("other", "其他", "Other"),
    ];

    public static IReadOnlyList<LostReason> For(Guid townId) =>
        [.. All.Select((r, i) => LostReason.Define(townId, r.Key, r.Name, r.NameEn, i))];
}
