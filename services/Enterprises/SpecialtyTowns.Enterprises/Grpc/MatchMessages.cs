using SpecialtyTowns.Enterprises.Application.Matching;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.ServiceDefaults.Validation;
using DomainReason = SpecialtyTowns.Enterprises.Domain.Matching.MatchReason;
using GapFiller = SpecialtyTowns.Enterprises.Application.Matching.GapFiller;
using GapMatch = SpecialtyTowns.Enterprises.Application.Matching.GapMatch;

namespace SpecialtyTowns.Enterprises.Grpc;

/// <summary>The matching messages of enterprises.v1: request checks and results.</summary>
public static class MatchMessages
{
    public const int DefaultMax = 10;
    public const int MaxMax = 50;

    /// <summary>The id and the bound (0 means <see cref="DefaultMax"/>), or InvalidArgument naming the field.</summary>
    public static (Guid Id, int Max) Validated(string idField, string id, int max)
    {
        new RequestValidator()
            .Guid(idField, id)
            .Must(max is >= 0 and <= MaxMax, "max", $"max must be between 1 and {MaxMax} (0 for {DefaultMax}).")
            .ThrowIfInvalid();
        return (Guid.Parse(id), max == 0 ? DefaultMax : max);
    }

    public static FindGapFillersResponse ToResponse(IReadOnlyList<GapFiller> fillers)
    {
        var response = new FindGapFillersResponse();
        response.Fillers.AddRange(fillers.Select(f =>
        {
            var filler = new V1.GapFiller
            {
                EnterpriseId = f.Enterprise.EnterpriseId.ToString(),
                Name = f.Enterprise.Name,
                NameEn = f.Enterprise.NameEn ?? string.Empty,
                TownId = f.Enterprise.TownId.ToString(),
                TownName = f.TownName,
                Score = f.Score,
                Leading = f.Enterprise.Leading,
            };
            filler.Reasons.AddRange(f.Reasons.Select(ToMessage));
            return filler;
        }));
        return response;
    }

    public static FindGapsForEnterpriseResponse ToResponse(IReadOnlyList<GapMatch> matches)
    {
        var response = new FindGapsForEnterpriseResponse();
        response.Matches.AddRange(matches.Select(m =>
        {
            var match = new V1.GapMatch
            {
                GapId = m.Gap.GapId.ToString(),
                Title = m.Gap.Title,
                TitleEn = m.Gap.TitleEn ?? string.Empty,
                TownId = m.Gap.TownId.ToString(),
                TownName = m.TownName,
                Score = m.Score,
            };
            match.Reasons.AddRange(m.Reasons.Select(ToMessage));
            return match;
        }));
        return response;
    }

    private static V1.MatchReason ToMessage(DomainReason reason) => new()
    {
        Kind = reason.Kind,
        Matched = reason.Matched,
        Against = reason.Against,
        Text = reason.Text,
        TextEn = reason.TextEn,
        Weight = reason.Weight,
    };
}
