using System.Globalization;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.SharedKernel.Industries;
using V1Content = SpecialtyTowns.Enterprises.V1.ChainGapContent;

namespace SpecialtyTowns.Enterprises.Grpc;

/// <summary>
/// The wire form of a gap's content: its shape is checked here (lengths, counts, numbers, dates,
/// keys), every violation at once; what the values mean (<see cref="GapContentRules"/>) in the domain.
/// "" means "not given" (null in the domain).
/// </summary>
public static class ChainGapContentMapper
{
    public static void Validate(RequestValidator validator, V1Content? content, string field = "content")
    {
        if (content is null)
        {
            validator.Must(false, field, "is required");
            return;
        }

        validator
            .Required($"{field}.title", content.Title, GapLimits.Title)
            .Optional($"{field}.title_en", content.TitleEn, GapLimits.Title)
            .Guid($"{field}.chain_node_id", content.ChainNodeId, required: false)
            .Must(GapKeys.ParseKind(content.Kind) is not null, $"{field}.kind", "must be one of: product, process, service")
            .Required($"{field}.description", content.Description, GapLimits.Description)
            .Optional($"{field}.description_en", content.DescriptionEn, GapLimits.Description)
            .Optional($"{field}.specification", content.Specification, GapLimits.Specification)
            .Must(content.YearlyVolume.Length == 0 || ParseVolume(content.YearlyVolume) is not null, $"{field}.yearly_volume", "must be a decimal number (e.g. 1200.5)")
            .Must(ParseVolume(content.YearlyVolume) is not < 0, $"{field}.yearly_volume", "must not be negative")
            .Optional($"{field}.volume_unit", content.VolumeUnit, GapLimits.VolumeUnit)
            .Optional($"{field}.anchor_buyer", content.AnchorBuyer, GapLimits.AnchorBuyer)
            .Optional($"{field}.incentives", content.Incentives, GapLimits.Incentives)
            .Must(content.Deadline.Length == 0 || ParseDate(content.Deadline) is not null, $"{field}.deadline", "must be a date as YYYY-MM-DD")
            .Must(content.IndustryCode.Length == 0 || IndustryTaxonomy.IsKnown(content.IndustryCode), $"{field}.industry_code", "must be a GB/T 4754 code of the taxonomy (e.g. C27)")
            .Items($"{field}.keywords", content.Keywords, GapLimits.Keywords, GapLimits.Keyword);
    }

    /// <summary>The domain's content of a message <see cref="Validate"/> passed.</summary>
    public static ChainGapContent ToDomain(V1Content c) => new(
        c.Title.Trim(),
        Blank(c.TitleEn),
        c.ChainNodeId.Length == 0 ? null : Guid.Parse(c.ChainNodeId),
        GapKeys.ParseKind(c.Kind)!.Value,
        c.Description.Trim(),
        Blank(c.DescriptionEn),
        Blank(c.Specification),
        ParseVolume(c.YearlyVolume),
        Blank(c.VolumeUnit),
        Blank(c.AnchorBuyer),
        Blank(c.Incentives),
        ParseDate(c.Deadline),
        Blank(c.IndustryCode),
        [.. c.Keywords.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)]);

    public static V1Content ToMessage(ChainGapContent c)
    {
        var message = new V1Content
        {
            Title = c.Title,
            TitleEn = c.TitleEn ?? string.Empty,
            ChainNodeId = c.ChainNodeId?.ToString() ?? string.Empty,
            Kind = GapKeys.Of(c.Kind),
            Description = c.Description,
            DescriptionEn = c.DescriptionEn ?? string.Empty,
            Specification = c.Specification ?? string.Empty,
            // "G29" gives the value, not the stored scale: 1200 rather than 1200.000.
            YearlyVolume = c.YearlyVolume?.ToString("G29", CultureInfo.InvariantCulture) ?? string.Empty,
            VolumeUnit = c.VolumeUnit ?? string.Empty,
            AnchorBuyer = c.AnchorBuyer ?? string.Empty,
            Incentives = c.Incentives ?? string.Empty,
            Deadline = c.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            IndustryCode = c.IndustryCode ?? string.Empty,
        };
        message.Keywords.AddRange(c.Keywords);
        return message;
    }

    private static decimal? ParseVolume(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var volume) ? volume : null;

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
