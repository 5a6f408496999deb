using System.Globalization;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Api.Projects;

/// <summary>Yuan (exact decimals) at the edge, fen (integers) inside.</summary>
public static class ProjectMapping
{
    /// <summary>
    /// An amount the gateway cannot map goes out as <see cref="Refused"/> fen, which Towns refuses, so
    /// that <see cref="RequestProblems.CallAsync"/> learns the service's other violations and stores nothing.
    /// </summary>
    public const long Refused = -1;

    public static ProjectContent ToContent(ProjectBody body, RequestProblems problems)
    {
        var min = ToFen(body.AmountMinYuan, "amountMinYuan", problems);
        var max = ToFen(body.AmountMaxYuan, "amountMaxYuan", problems);
        var content = new ProjectContent
        {
            Title = body.Title ?? string.Empty,
            TitleEn = body.TitleEn ?? string.Empty,
            Description = body.Description ?? string.Empty,
            DescriptionEn = body.DescriptionEn ?? string.Empty,
            IndustryCode = body.Industry ?? string.Empty,
            AmountMinFen = min,
            AmountMaxFen = max,
            LandAreaSquareMetres = body.LandAreaSquareMetres?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Incentives = body.Incentives ?? string.Empty,
            Location = body.Location ?? string.Empty,
            Deadline = body.Deadline ?? string.Empty,
            ContactName = body.ContactName ?? string.Empty,
            ContactPhone = body.ContactPhone ?? string.Empty,
            ContactEmail = body.ContactEmail ?? string.Empty,
        };
        content.CooperationModes.AddRange(body.CooperationModes ?? []);
        return content;
    }

    public static ProjectResponse ToResponse(Project p) => new(
        p.Id,
        p.TownId,
        p.Content.Title,
        NullIfEmpty(p.Content.TitleEn),
        p.Content.Description,
        NullIfEmpty(p.Content.DescriptionEn),
        p.Content.IndustryCode,
        ToYuan(p.Content.AmountMinFen),
        ToYuan(p.Content.AmountMaxFen),
        p.Content.CooperationModes.ToList(),
        p.Content.LandAreaSquareMetres.Length == 0 ? null : decimal.Parse(p.Content.LandAreaSquareMetres, CultureInfo.InvariantCulture),
        NullIfEmpty(p.Content.Incentives),
        NullIfEmpty(p.Content.Location),
        NullIfEmpty(p.Content.Deadline),
        NullIfEmpty(p.Content.ContactName),
        NullIfEmpty(p.Content.ContactPhone),
        NullIfEmpty(p.Content.ContactEmail),
        p.Status,
        p.CreatedAt.ToDateTimeOffset(),
        p.UpdatedAt.ToDateTimeOffset(),
        p.PublishedAt?.ToDateTimeOffset());

    /// <summary>The services count money in fen; the API and the pages show yuan, exactly.</summary>
    public static decimal ToYuan(long fen) => fen / 100m;

    private static long ToFen(decimal? yuan, string field, RequestProblems problems)
    {
        if (yuan is null)
        {
            problems.Add(field, "is required");
            return Refused;
        }

        var fen = yuan.Value * 100m;
        if (fen != decimal.Truncate(fen))
        {
            problems.Add(field, "has more than 2 decimal places (1 fen is the smallest unit)");
            return Refused;
        }

        if (fen is < 0 or > long.MaxValue)
        {
            problems.Add(field, "is out of range");
            return Refused;
        }

        return (long)fen;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
