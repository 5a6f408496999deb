using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Api.Recommendations;

/// <summary>The Matching proto ↔ JSON: the same fields in camelCase, empty optional text as null; no rule (the service decides).</summary>
public static class RecommendationMapping
{
    public static RecommendationListResponse ToResponse(RecommendationList list) => new(
        [.. list.Items.Select(i => new RecommendationItem(
            i.Id, i.Kind, i.Title, NullIfEmpty(i.TitleEn), i.TownId, i.TownName, NullIfEmpty(i.City), i.Score, i.InvestorScore, i.TownScore,
            Reasons(i.Reasons), i.Saved, NullIfEmpty(i.IndustryCode), i.AmountMinFen, i.AmountMaxFen))],
        Existing(list.ExistingLeads),
        list.GeneratedAt.ToDateTimeOffset(),
        list.ImpressionId,
        list.OrganisationId);

    public static InvestorRecommendationListResponse ToResponse(InvestorRecommendationList list) => new(
        [.. list.Items.Select(i => new InvestorRecommendationItem(
            i.Id, i.Name, NullIfEmpty(i.NameEn), i.Type, i.Score, i.InvestorScore, i.TownScore, Reasons(i.Reasons), i.Saved,
            [.. i.IndustriesSought], [.. i.ChainPositionsSought], i.TicketMinFen == 0 ? null : i.TicketMinFen, i.TicketMaxFen == 0 ? null : i.TicketMaxFen,
            [.. i.PreferredRegions], [.. i.CooperationModes], [.. i.Languages], NullIfEmpty(i.HeadquartersCity), NullIfEmpty(i.HeadquartersCountry), i.Completeness))],
        Existing(list.ExistingLeads),
        list.GeneratedAt.ToDateTimeOffset(),
        list.ImpressionId,
        list.Kind,
        list.OfferId);

    public static GiveFeedbackRequest ToRequest(FeedbackBody body, string idempotencyKey) => new()
    {
        RequestId = idempotencyKey,
        Action = body.Action ?? string.Empty,
        Kind = body.Kind ?? string.Empty,
        ItemId = body.ItemId?.ToString() ?? string.Empty,
        ProjectId = body.ProjectId?.ToString() ?? string.Empty,
        GapId = body.GapId?.ToString() ?? string.Empty,
        TownId = body.TownId?.ToString() ?? string.Empty,
        EventId = body.EventId?.ToString() ?? string.Empty,
        Message = body.Message ?? string.Empty,
        ImpressionId = body.ImpressionId?.ToString() ?? string.Empty,
    };

    public static FeedbackResponse ToResponse(FeedbackResult result) =>
        new(result.FeedbackId, result.Action, NullIfEmpty(result.LeadId), result.Saved, result.NotInterested);

    private static List<RecommendationReason> Reasons(IEnumerable<MatchReason> reasons) =>
        [.. reasons.Select(r => new RecommendationReason(r.Side, r.Feature, r.Text, r.TextEn, r.Contribution))];

    private static List<ExistingLeadItem> Existing(IEnumerable<ExistingLead> leads) =>
        [.. leads.Select(l => new ExistingLeadItem(l.Id, l.Kind, l.Title, NullIfEmpty(l.LeadId), NullIfEmpty(l.Stage)))];

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
