using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Web.Matching;

/// <summary>The offer a town's (or enterprise's) recommended investors are for: one project, one gap, or the whole town.</summary>
public sealed record MatchOffer(string Kind, Guid Id)
{
    public static MatchOffer Project(Guid id) => new("project", id);

    public static MatchOffer Gap(Guid id) => new("gap", id);

    public static MatchOffer Town(Guid id) => new("town", id);

    public RecommendInvestorsRequest ListRequest(int limit)
    {
        var request = new RecommendInvestorsRequest { Limit = limit };
        switch (Kind)
        {
            case "project": request.ProjectId = Id.ToString(); break;
            case "gap": request.GapId = Id.ToString(); break;
            default: request.TownId = Id.ToString(); break;
        }

        return request;
    }

    /// <summary>Town-side feedback on an organisation names the offer it was recommended for (exactly one of the three).</summary>
    public GiveFeedbackRequest Feedback(FeedbackPress press, string requestId, string? message, string impressionId)
    {
        var request = new GiveFeedbackRequest
        {
            RequestId = requestId,
            Action = press.Action,
            Kind = "investor",
            ItemId = press.ItemId.ToString(),
            Message = message ?? string.Empty,
            ImpressionId = impressionId,
        };
        switch (Kind)
        {
            case "project": request.ProjectId = Id.ToString(); break;
            case "gap": request.GapId = Id.ToString(); break;
            default: request.TownId = Id.ToString(); break;
        }

        return request;
    }
}
