using Grpc.Core;
using Microsoft.Extensions.Options;
using SpecialtyTowns.Leads.Application.Matching;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Leads.Grpc;

public sealed class MatchingGrpcService(
    RecommendForInvestor forInvestor,
    RecommendInvestors investors,
    GiveFeedback feedback,
    IOptions<MatchingOptions> options)
    : MatchingService.MatchingServiceBase
{
    private const int MaxMessage = 2000;

    private const string OneOffer = "exactly one of project_id, gap_id, town_id is required";

    public override async Task<RecommendationList> RecommendForInvestor(RecommendForInvestorRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator()
            .Must(OfferKindKeys.TryParse(request.Kind, out var kind), "kind", $"must be one of {string.Join(", ", OfferKindKeys.All)}")
            .Must(LimitValid(request.Limit), "limit", LimitRule)
            .Guid("organisation_id", request.OrganisationId, required: false)
            .ThrowIfInvalid();
        var command = new RecommendForInvestorCommand(kind, request.Limit, OptionalGuid(request.OrganisationId));
        return MatchingMapper.ToMessage(await forInvestor.ExecuteAsync(command, caller, context.CancellationToken));
    }

    public override async Task<InvestorRecommendationList> RecommendInvestors(RecommendInvestorsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator().Must(LimitValid(request.Limit), "limit", LimitRule);
        var offer = Offer(validator, request.ProjectId, request.GapId, request.TownId);
        validator.ThrowIfInvalid();
        var command = new RecommendInvestorsCommand(offer!.Value.Kind, offer.Value.Id, request.Limit);
        return MatchingMapper.ToMessage(await investors.ExecuteAsync(command, caller, context.CancellationToken));
    }

    public override async Task<FeedbackResult> GiveFeedback(GiveFeedbackRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var townSide = request.Kind == OfferKindKeys.Investor;
        var validator = new RequestValidator()
            .RequestId(request.RequestId)
            .Must(MatchFeedbackActions.All.Contains(request.Action), "action", $"must be one of {string.Join(", ", MatchFeedbackActions.All)}")
            .Must(townSide || OfferKindKeys.TryParse(request.Kind, out _), "kind", $"must be one of {string.Join(", ", OfferKindKeys.All)}, {OfferKindKeys.Investor}")
            .Guid("item_id", request.ItemId)
            .Guid("event_id", request.EventId, required: request.Action == MatchFeedbackActions.RequestMeeting)
            .Optional("message", request.Message, MaxMessage)
            .Guid("impression_id", request.ImpressionId, required: false);
        (OfferKind Kind, Guid Id)? offer = null;
        if (townSide)
        {
            offer = Offer(validator, request.ProjectId, request.GapId, request.TownId);
        }
        else
        {
            foreach (var (field, value) in new[] { ("project_id", request.ProjectId), ("gap_id", request.GapId), ("town_id", request.TownId) })
            {
                validator.Must(value.Length == 0, field, "is for the town side only (kind investor)");
            }
        }

        validator.ThrowIfInvalid();
        var itemId = Guid.Parse(request.ItemId);
        OfferKindKeys.TryParse(request.Kind, out var itemKind);
        var command = new GiveFeedbackCommand(request.RequestId, request.Action, townSide ? MatchSide.Town : MatchSide.Investor, offer?.Kind ?? itemKind, offer?.Id ?? itemId)
        {
            OrganisationId = townSide ? itemId : null,
            EventId = OptionalGuid(request.EventId),
            Message = request.Message.Length == 0 ? null : request.Message,
            ImpressionId = OptionalGuid(request.ImpressionId),
        };
        return MatchingMapper.ToMessage(await feedback.ExecuteAsync(command, caller, context.CancellationToken));
    }

    private string LimitRule => $"must be between 1 and {options.Value.MaxLimit} (0: {options.Value.DefaultLimit})";

    private bool LimitValid(int limit) => limit >= 0 && limit <= options.Value.MaxLimit;

    /// <summary>The one offer of project_id, gap_id and town_id; null (with the violations added) otherwise.</summary>
    private static (OfferKind Kind, Guid Id)? Offer(RequestValidator validator, string projectId, string gapId, string townId)
    {
        validator.Guid("project_id", projectId, required: false).Guid("gap_id", gapId, required: false).Guid("town_id", townId, required: false);
        var given = new[] { (OfferKind.Project, projectId, "project_id"), (OfferKind.Gap, gapId, "gap_id"), (OfferKind.Town, townId, "town_id") }
            .Where(o => o.Item2.Length > 0).ToList();
        validator.Must(given.Count == 1, given.Count > 1 ? given[1].Item3 : "project_id", OneOffer);
        return given.Count == 1 && Guid.TryParse(given[0].Item2, out var id) ? (given[0].Item1, id) : null;
    }

    private static Guid? OptionalGuid(string value) => Guid.TryParse(value, out var id) ? id : null;
}
