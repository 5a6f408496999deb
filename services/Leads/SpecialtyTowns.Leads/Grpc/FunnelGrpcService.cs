using Grpc.Core;
using SpecialtyTowns.Leads.Application.Funnel;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Leads.Grpc;

public sealed class FunnelGrpcService(GetFunnel getFunnel, SetTownTarget setTarget, GetTownTarget getTarget) : FunnelService.FunnelServiceBase
{
    private const int MaxCityLength = 60;

    /// <summary>Targets are yearly figures of the present era; 0 asks for the current year where a year is optional.</summary>
    private const int FirstYear = 2000;
    private const int LastYear = 2100;

    /// <summary>A hundred billion yuan: far above any town's yearly target, below overflow in every sum.</summary>
    private const long MaxTargetFen = 10_000_000_000_000;

    public override async Task<V1.Funnel> GetFunnel(GetFunnelRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator()
            .Guid("town_id", request.TownId, required: false)
            .Optional("city", request.City, MaxCityLength)
            .Must(request.TownId.Length == 0 || request.City.Length == 0, "city", "give a town or a city, not both")
            .Must(request.Year == 0 || request.Year is >= FirstYear and <= LastYear, "year", $"must be between {FirstYear} and {LastYear} (0: this year)")
            .ThrowIfInvalid();
        var scope = new FunnelScope(request.TownId.Length > 0 ? Guid.Parse(request.TownId) : null, request.City.Length > 0 ? request.City.Trim() : null);
        return ToMessage(await getFunnel.ExecuteAsync(scope, request.Year, caller, context.CancellationToken));
    }

    public override async Task<V1.TownTarget> SetTownTarget(SetTownTargetRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("town_id", request.TownId)
            .Must(request.Year is >= FirstYear and <= LastYear, "year", $"must be between {FirstYear} and {LastYear}")
            .Must(request.SignedAmountFen is >= 0 and <= MaxTargetFen, "signed_amount_fen", $"must be between 0 and {MaxTargetFen} fen")
            .ThrowIfInvalid();
        var target = await setTarget.ExecuteAsync(Guid.Parse(request.TownId), request.Year, request.SignedAmountFen, caller, context.CancellationToken);
        return new V1.TownTarget { TownId = target.TownId.ToString(), Year = target.Year, SignedAmountFen = target.SignedAmountFen };
    }

    public override async Task<V1.TownTarget> GetTownTarget(GetTownTargetRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator()
            .Guid("town_id", request.TownId)
            .Must(request.Year is >= FirstYear and <= LastYear, "year", $"must be between {FirstYear} and {LastYear}")
            .ThrowIfInvalid();
        var target = await getTarget.ExecuteAsync(Guid.Parse(request.TownId), request.Year, caller, context.CancellationToken);
        return new V1.TownTarget { TownId = target.TownId.ToString(), Year = target.Year, SignedAmountFen = target.SignedAmountFen };
    }

    private static V1.Funnel ToMessage(FunnelReport report)
    {
        var message = new V1.Funnel
        {
            Scope = report.Scope.Kind,
            ScopeName = report.ScopeName,
            Year = report.Year,
            LostCount = report.LostCount,
            WeightedPipelineFen = report.WeightedPipelineFen,
            SignedCount = report.Deals.Signed,
            SignedAmountFen = report.Deals.SignedAmountFen,
            TargetFen = report.TargetFen,
            TargetRatio = report.TargetRatio,
            ConstructionStartRate = report.ConstructionStartRate,
            FundsArrivalRate = report.FundsArrivalRate,
            FundsArrivedFen = report.Deals.FundsArrivedFen,
            OverdueToStartCount = report.Deals.OverdueToStart,
        };
        message.Stages.AddRange(report.Stages.Select(s => new StageFigures
        {
            Stage = LeadStageKeys.Of(s.Stage),
            Count = s.Count,
            AmountFen = s.AmountFen,
            WeightedAmountFen = s.WeightedAmountFen,
            Reached = s.Reached,
            ConversionToNext = s.ConversionToNext,
            MedianDays = s.MedianDays,
            Probability = s.Probability,
        }));
        message.LostByReason.Add(report.LostByReason.Where(r => r.Value > 0).ToDictionary());
        return message;
    }
}
