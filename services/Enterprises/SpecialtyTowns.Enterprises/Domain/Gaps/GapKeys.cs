namespace SpecialtyTowns.Enterprises.Domain.Gaps;

/// <summary>The stable text keys of gap statuses and kinds used in the API, events and history.</summary>
public static class GapKeys
{
    public static string Of(GapStatus status) => status switch
    {
        GapStatus.Open => "open",
        GapStatus.InTalks => "in-talks",
        GapStatus.Filled => "filled",
        GapStatus.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown gap status"),
    };

    public static string Of(GapKind kind) => kind switch
    {
        GapKind.Product => "product",
        GapKind.Process => "process",
        GapKind.Service => "service",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown gap kind"),
    };

    public static GapStatus? ParseStatus(string? key) => key switch
    {
        "open" => GapStatus.Open,
        "in-talks" => GapStatus.InTalks,
        "filled" => GapStatus.Filled,
        "withdrawn" => GapStatus.Withdrawn,
        _ => null,
    };

    public static GapKind? ParseKind(string? key) => key switch
    {
        "product" => GapKind.Product,
        "process" => GapKind.Process,
        "service" => GapKind.Service,
        _ => null,
    };
}
