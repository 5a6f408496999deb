using SpecialtyTowns.Enterprises.V1;

namespace SpecialtyTowns.Gateway.Web.Forms;

/// <summary>The gap form as posted, every field as typed; the service judges it (and names the field it refuses).</summary>
public sealed class GapInput
{
    public string? RequestId { get; set; }

    /// <summary>The version the edit was made on (0 for a new gap), so a stale edit is refused, not merged.</summary>
    public int ExpectedVersion { get; set; }

    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    public string? ChainNodeId { get; set; }

    public string? Kind { get; set; }

    public string? Description { get; set; }

    public string? DescriptionEn { get; set; }

    public string? Specification { get; set; }

    public string? YearlyVolume { get; set; }

    public string? VolumeUnit { get; set; }

    public string? AnchorBuyer { get; set; }

    public string? Incentives { get; set; }

    public string? Deadline { get; set; }

    public string? IndustryCode { get; set; }

    /// <summary>Products or processes sought, one a line.</summary>
    public string? Keywords { get; set; }

    public static GapInput New() => new() { RequestId = Guid.NewGuid().ToString(), Kind = "product" };

    public static GapInput From(ChainGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var content = gap.Content;
        return new GapInput
        {
            RequestId = Guid.NewGuid().ToString(),
            ExpectedVersion = gap.Version,
            Title = content.Title,
            TitleEn = content.TitleEn,
            ChainNodeId = content.ChainNodeId,
            Kind = content.Kind,
            Description = content.Description,
            DescriptionEn = content.DescriptionEn,
            Specification = content.Specification,
            YearlyVolume = content.YearlyVolume,
            VolumeUnit = content.VolumeUnit,
            AnchorBuyer = content.AnchorBuyer,
            Incentives = content.Incentives,
            Deadline = content.Deadline,
            IndustryCode = content.IndustryCode,
            Keywords = string.Join('\n', content.Keywords),
        };
    }

    /// <summary>The service's content: texts trimmed, one keyword per non-blank line; nothing judged here.</summary>
    public ChainGapContent ToContent()
    {
        var content = new ChainGapContent
        {
            Title = Trim(Title),
            TitleEn = Trim(TitleEn),
            ChainNodeId = Trim(ChainNodeId),
            Kind = Trim(Kind),
            Description = Trim(Description),
            DescriptionEn = Trim(DescriptionEn),
            Specification = Trim(Specification),
            YearlyVolume = Trim(YearlyVolume),
            VolumeUnit = Trim(VolumeUnit),
            AnchorBuyer = Trim(AnchorBuyer),
            Incentives = Trim(Incentives),
            Deadline = Trim(Deadline),
            IndustryCode = Trim(IndustryCode),
        };
        content.Keywords.AddRange((Keywords ?? string.Empty).Split('\n').Select(k => k.Trim()).Where(k => k.Length > 0));
        return content;
    }

    private static string Trim(string? text) => text?.Trim() ?? string.Empty;
}
