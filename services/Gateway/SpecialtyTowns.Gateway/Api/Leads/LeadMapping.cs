using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>JSON ↔ proto for leads; REST names the stage fields flat in the body and camelCase.</summary>
public static class LeadMapping
{
    /// <summary>The list's query string: paging flat, and <c>stage</c> repeated.</summary>
    public static readonly RestFieldNames ListNames = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["page.pageSize"] = "pageSize",
        ["page.pageToken"] = "pageToken",
        ["stages"] = "stage",
    });

    public static LeadResponse ToResponse(Lead lead) => new(lead.Id, lead.InvestorId, lead.TownId, lead.Message, lead.Stage, lead.CreatedAt.ToDateTimeOffset())
    {
        TownName = lead.TownName,
        OrganisationId = lead.OrganisationId,
        OrganisationName = lead.OrganisationName,
        ProjectId = lead.ProjectId,
        ProjectTitle = lead.ProjectTitle,
        GapId = lead.GapId,
        GapTitle = lead.GapTitle,
        Source = lead.Source,
        OwnerId = lead.OwnerId,
        OwnerName = lead.OwnerName,
        StageEnteredAt = lead.StageEnteredAt?.ToDateTimeOffset() ?? default,
        LostFrom = lead.LostFrom,
        LostReason = lead.LostReason,
        ExpectedAmountFen = lead.ExpectedAmountFen,
        NextAction = lead.NextAction,
        NextActionDue = lead.NextActionDue,
        VisitOn = lead.VisitOn,
        Version = lead.Version,
        UpdatedAt = lead.UpdatedAt?.ToDateTimeOffset() ?? default,
        NextStages = [.. lead.NextStages],
        DealId = lead.DealId,
        DaysInStage = lead.DaysInStage,
        Stalled = lead.Stalled,
        Overdue = lead.Overdue,
    };

    public static CreateLeadRequest ToRequest(CreateLeadBody body, string requestId) => new()
    {
        RequestId = requestId,
        TownId = body.TownId?.ToString() ?? string.Empty,
        Message = body.Message ?? string.Empty,
        ProjectId = body.ProjectId?.ToString() ?? string.Empty,
        GapId = body.GapId?.ToString() ?? string.Empty,
        Source = body.Source ?? string.Empty,
        OrganisationId = body.OrganisationId?.ToString() ?? string.Empty,
        OrganisationName = body.OrganisationName ?? string.Empty,
        OrganisationCreditCode = body.OrganisationCreditCode ?? string.Empty,
        OrganisationType = body.OrganisationType ?? string.Empty,
        OwnerId = body.OwnerId?.ToString() ?? string.Empty,
        OwnerName = body.OwnerName ?? string.Empty,
        NextAction = body.NextAction ?? string.Empty,
        NextActionDue = body.NextActionDue ?? string.Empty,
        ExpectedAmountFen = body.ExpectedAmountFen ?? 0,
    };

    public static StageFields ToFields(MoveStageBody body)
    {
        var fields = new StageFields
        {
            NextAction = body.NextAction ?? string.Empty,
            NextActionDue = body.NextActionDue ?? string.Empty,
            VisitOn = body.VisitOn ?? string.Empty,
            ExpectedAmountFen = body.ExpectedAmountFen ?? 0,
            HasExpectedAmount = body.ExpectedAmountFen.HasValue,
            AmountFen = body.AmountFen ?? 0,
            HasAmount = body.AmountFen.HasValue,
            SignedOn = body.SignedOn ?? string.Empty,
            ContractReference = body.ContractReference ?? string.Empty,
            PlannedStartOn = body.PlannedStartOn ?? string.Empty,
            RegisteredCompany = body.RegisteredCompany ?? string.Empty,
            RegisteredOn = body.RegisteredOn ?? string.Empty,
            ConstructionStartedOn = body.ConstructionStartedOn ?? string.Empty,
            ProductionStartedOn = body.ProductionStartedOn ?? string.Empty,
            LostReason = body.LostReason ?? string.Empty,
            Note = body.Note ?? string.Empty,
        };
        fields.Parties.AddRange(body.Parties ?? []);
        return fields;
    }

    public static StageRuleResponse ToResponse(StageRule rule) =>
        new(rule.Stage, rule.NameZh, rule.NameEn, [.. rule.NextStages], [.. rule.RequiredFields.Select(f => FieldNames.ToJson(f))], rule.LimitDays, rule.Probability, rule.Open);
}
