using System.Globalization;
using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.SharedKernel.Industries;
using SpecialtyTowns.Towns.Domain.Projects;
using V1Content = SpecialtyTowns.Towns.V1.ProjectContent;

namespace SpecialtyTowns.Towns.Grpc;

/// <summary>Validates the wire form of a project's content and turns it into the domain's.</summary>
public static class ProjectContentMapper
{
    public static ProjectContent ToDomain(V1Content? content, string field = "content")
    {
        var validator = new RequestValidator();
        if (content is null)
        {
            validator.Must(false, field, "is required");
            validator.ThrowIfInvalid();
        }

        var c = content!;
        decimal? landArea = null;
        DateOnly? deadline = null;
        validator
            .Required($"{field}.title", c.Title, ProjectLimits.Title)
            .Optional($"{field}.title_en", c.TitleEn, ProjectLimits.Title)
            .Required($"{field}.description", c.Description, ProjectLimits.Description)
            .Optional($"{field}.description_en", c.DescriptionEn, ProjectLimits.Description)
            .Must(IndustryTaxonomy.IsKnown(c.IndustryCode), $"{field}.industry_code", "must be a GB/T 4754 code of the taxonomy (e.g. C33)")
            .Must(c.AmountMinFen >= 0, $"{field}.amount_min_fen", "must not be negative")
            .Must(c.AmountMaxFen >= c.AmountMinFen, $"{field}.amount_max_fen", "must not be below amount_min_fen")
            .Must(c.AmountMaxFen <= ProjectLimits.MaxAmountFen, $"{field}.amount_max_fen", "is beyond any plausible project (over 1 trillion yuan)")
            .Must(c.CooperationModes.Count is > 0 and <= ProjectLimits.CooperationModes, $"{field}.cooperation_modes", "must name 1 to 8 modes")
            .Must(c.CooperationModes.All(ProjectKeys.CooperationModes.Contains), $"{field}.cooperation_modes", $"must be among: {string.Join(", ", ProjectKeys.CooperationModes)}")
            .Must(c.LandAreaSquareMetres.Length == 0 || (TryParseArea(c.LandAreaSquareMetres, out landArea) && landArea > 0), $"{field}.land_area_square_metres", "must be a positive number")
            .Optional($"{field}.incentives", c.Incentives, ProjectLimits.Incentives)
            .Optional($"{field}.location", c.Location, ProjectLimits.Short)
            .Must(c.Deadline.Length == 0 || TryParseDate(c.Deadline, out deadline), $"{field}.deadline", "must be a date as YYYY-MM-DD")
            .Optional($"{field}.contact_name", c.ContactName, ProjectLimits.Short)
            .Optional($"{field}.contact_phone", c.ContactPhone, 40)
            .Phone($"{field}.contact_phone", c.ContactPhone)
            .Optional($"{field}.contact_email", c.ContactEmail, 256)
            .Email($"{field}.contact_email", c.ContactEmail)
            .ThrowIfInvalid();

        return new ProjectContent(
            c.Title, c.TitleEn, c.Description, c.DescriptionEn, c.IndustryCode, c.AmountMinFen, c.AmountMaxFen,
            c.CooperationModes.ToList(), landArea, c.Incentives, c.Location, deadline, c.ContactName, c.ContactPhone, c.ContactEmail);
    }

    public static V1Content ToMessage(InvestmentProject p)
    {
        var content = new V1Content
        {
            Title = p.Title,
            TitleEn = p.TitleEn ?? string.Empty,
            Description = p.Description,
            DescriptionEn = p.DescriptionEn ?? string.Empty,
            IndustryCode = p.IndustryCode,
            AmountMinFen = p.AmountMinFen,
            AmountMaxFen = p.AmountMaxFen,
            LandAreaSquareMetres = p.LandAreaSquareMetres?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Incentives = p.Incentives ?? string.Empty,
            Location = p.Location ?? string.Empty,
            Deadline = p.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            ContactName = p.ContactName ?? string.Empty,
            ContactPhone = p.ContactPhone ?? string.Empty,
            ContactEmail = p.ContactEmail ?? string.Empty,
        };
        content.CooperationModes.AddRange(p.CooperationModes);
        return content;
    }

    private static bool TryParseArea(string value, out decimal? area)
    {
        area = null;
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
        {
            area = parsed;
            return true;
        }

        return false;
    }

    private static bool TryParseDate(string value, out DateOnly? date)
    {
        date = null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
