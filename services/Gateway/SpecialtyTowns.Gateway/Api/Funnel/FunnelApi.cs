using SpecialtyTowns.Gateway.Api.Projects;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Funnel;

/// <summary>
/// The funnel (a town: its own account or admins; a city or the province: admins) and the towns' yearly
/// targets (set by admins, read by the town too). The Leads service decides who sees what.
/// </summary>
public static class FunnelApi
{
    private static readonly RestFieldNames TargetNames = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["signedAmountFen"] = "signedAmountYuan",
    });

    public static IEndpointRouteBuilder MapFunnelApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/leads/funnel", GetFunnelAsync).WithTags("Funnel").WithName("GetFunnel")
            .RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<FunnelResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        var targets = routes.MapGroup("/api/v1/towns/{id:guid}/targets").WithTags("Funnel");
        targets.MapGet("/{year:int}", GetTargetAsync).WithName("GetTownTarget").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<TownTargetResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        targets.MapPut("/{year:int}", SetTargetAsync).WithName("SetTownTarget").RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithMetadata(TargetNames)
            .Produces<TownTargetResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapLeadsExport();
        return routes;
    }

    /// <param name="townId">A town's funnel; with neither it nor a city, the province's (admins).</param>
    /// <param name="city">A prefecture-level city's towns (admins).</param>
    /// <param name="year">The year of the signed figures and targets; absent: this year in China.</param>
    private static async Task<FunnelResponse> GetFunnelAsync(FunnelService.FunnelServiceClient funnel, CancellationToken cancellationToken, string? townId = null, string? city = null, int? year = null)
    {
        var answer = await funnel.GetFunnelAsync(new GetFunnelRequest { TownId = townId ?? string.Empty, City = city ?? string.Empty, Year = year ?? 0 }, cancellationToken: cancellationToken);
        return new FunnelResponse(
            answer.Scope,
            answer.ScopeName,
            answer.Year,
            [.. answer.Stages.Select(s => new StageFiguresResponse(s.Stage, s.Count, ProjectMapping.ToYuan(s.AmountFen), ProjectMapping.ToYuan(s.WeightedAmountFen), s.Probability, s.Reached, s.ConversionToNext, s.MedianDays))],
            answer.LostCount,
            answer.LostByReason.ToDictionary(),
            ProjectMapping.ToYuan(answer.WeightedPipelineFen),
            answer.SignedCount,
            ProjectMapping.ToYuan(answer.SignedAmountFen),
            ProjectMapping.ToYuan(answer.TargetFen),
            answer.TargetRatio,
            answer.ConstructionStartRate,
            ProjectMapping.ToYuan(answer.FundsArrivedFen),
            answer.FundsArrivalRate,
            answer.OverdueToStartCount);
    }

    private static async Task<TownTargetResponse> GetTargetAsync(Guid id, int year, FunnelService.FunnelServiceClient funnel, CancellationToken cancellationToken) =>
        ToResponse(await funnel.GetTownTargetAsync(new GetTownTargetRequest { TownId = id.ToString(), Year = year }, cancellationToken: cancellationToken));

    private static async Task<IResult> SetTargetAsync(Guid id, int year, TownTargetBody body, HttpRequest http, FunnelService.FunnelServiceClient funnel, CancellationToken cancellationToken)
    {
        var problems = new RequestProblems();
        var fen = -1L;
        if (body.SignedAmountYuan is not { } yuan)
        {
            problems.Add("signedAmountYuan", "is required");
        }
        else if (yuan * 100m != decimal.Truncate(yuan * 100m) || yuan < 0 || yuan * 100m > long.MaxValue)
        {
            problems.Add("signedAmountYuan", "must be 0 or more yuan with at most 2 decimal places");
        }
        else
        {
            fen = (long)(yuan * 100m);
        }

        // Refused fields travel as -1 fen, which the service refuses too, so nothing is stored.
        var target = await problems.CallAsync(() => funnel.SetTownTargetAsync(
            new SetTownTargetRequest { TownId = id.ToString(), Year = year, SignedAmountFen = fen, RequestId = http.Headers["Idempotency-Key"].ToString() },
            cancellationToken: cancellationToken).ResponseAsync, TargetNames);
        return target is null ? problems.ToResult() : Results.Ok(ToResponse(target));
    }

    private static TownTargetResponse ToResponse(TownTarget target) => new(target.TownId, target.Year, ProjectMapping.ToYuan(target.SignedAmountFen));
}
