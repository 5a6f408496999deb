using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Pipeline;
using DomainEntry = SpecialtyTowns.Leads.Domain.Directory.TownDirectoryEntry;

namespace SpecialtyTowns.Leads.Grpc;

public static class LeadMapper
{
    /// <summary>The lead as the caller may see it: the town's internal fields only for the town that works it and admins.</summary>
    public static V1.Lead ToMessage(LeadView view, DateTimeOffset now)
    {
        var lead = view.Lead;
        var message = new V1.Lead
        {
            Id = lead.Id.ToString(),
            InvestorId = lead.InvestorUserId?.ToString() ?? string.Empty,
            OrganisationId = lead.OrganisationId.ToString(),
            OrganisationName = view.OrganisationName,
            TownId = lead.TownId.ToString(),
            TownName = view.TownName,
            ProjectId = lead.ProjectId?.ToString() ?? string.Empty,
            ProjectTitle = view.ProjectTitle ?? string.Empty,
            GapId = lead.GapId?.ToString() ?? string.Empty,
            GapTitle = view.GapTitle ?? string.Empty,
            Source = LeadSourceKeys.Of(lead.Source),
            Message = lead.Message,
            Stage = LeadStageKeys.Of(lead.Stage),
            StageEnteredAt = Timestamp.FromDateTimeOffset(lead.StageEnteredAt),
            CreatedAt = Timestamp.FromDateTimeOffset(lead.CreatedAt),
            UpdatedAt = Timestamp.FromDateTimeOffset(lead.UpdatedAt),
            Version = lead.Version,
            DealId = view.DealId?.ToString() ?? string.Empty,
            VisitOn = StageFieldsMapper.Format(lead.VisitOn),
            LostFrom = lead.LostFrom is { } lostFrom ? LeadStageKeys.Of(lostFrom) : string.Empty,
            DaysInStage = StageProfiles.DaysInStage(lead.StageEnteredAt, now),
        };
        message.NextStages.AddRange(LeadPipeline.NextFrom(lead.Stage).Select(LeadStageKeys.Of));
        if (view.Internal)
        {
            message.OwnerId = lead.OwnerId?.ToString() ?? string.Empty;
            message.OwnerName = lead.OwnerName ?? string.Empty;
            message.LostReason = lead.LostReason ?? string.Empty;
            message.ExpectedAmountFen = lead.ExpectedAmountFen ?? 0;
            message.NextAction = lead.NextAction ?? string.Empty;
            message.NextActionDue = StageFieldsMapper.Format(lead.NextActionDue);
            message.Stalled = StageProfiles.IsStalled(lead.Stage, lead.StageEnteredAt, now);
            message.Overdue = lead.NextActionDue is { } due && LeadPipeline.IsOpen(lead.Stage) && due < SharedKernel.PlausibleDates.TodayInChina(now);
        }

        return message;
    }

    public static V1.TownDirectoryEntry ToMessage(DomainEntry entry) => new()
    {
        TownId = entry.TownId.ToString(),
        Name = entry.Name,
        MainIndustry = entry.MainIndustry,
        City = entry.City ?? string.Empty,
        RegisteredAt = Timestamp.FromDateTimeOffset(entry.RegisteredAt),
        ReceivedAt = Timestamp.FromDateTimeOffset(entry.ReceivedAt),
    };

    public static V1.PipelineRules Rules()
    {
        var rules = new V1.PipelineRules();
        foreach (var stage in LeadStageKeys.Funnel.Append(LeadStage.Lost))
        {
            var rule = new V1.StageRule
            {
                Stage = LeadStageKeys.Of(stage),
                NameZh = LeadStageKeys.ChineseOf(stage),
                NameEn = LeadStageKeys.EnglishOf(stage),
                LimitDays = StageProfiles.LimitDays(stage),
                Probability = StageProfiles.Probability(stage),
                Open = LeadPipeline.IsOpen(stage),
            };
            rule.NextStages.AddRange(LeadPipeline.NextFrom(stage).Select(LeadStageKeys.Of));
            rule.RequiredFields.AddRange(StageRequirements.For(stage));
            rules.Stages.Add(rule);
        }

        return rules;
    }
}
