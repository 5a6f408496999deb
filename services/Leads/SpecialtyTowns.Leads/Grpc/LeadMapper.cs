using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Leads.Domain.Pipeline;
using DomainEntry = SpecialtyTowns.Leads.Domain.Directory.TownDirectoryEntry;
using DomainLead = SpecialtyTowns.Leads.Domain.Pipeline.Lead;

namespace SpecialtyTowns.Leads.Grpc;

public static class LeadMapper
{
    public static V1.Lead ToMessage(DomainLead lead)
    {
        var message = new V1.Lead
        {
            Id = lead.Id.ToString(),
            InvestorId = lead.InvestorUserId?.ToString() ?? string.Empty,
            OrganisationId = lead.OrganisationId.ToString(),
            TownId = lead.TownId.ToString(),
            ProjectId = lead.ProjectId?.ToString() ?? string.Empty,
            GapId = lead.GapId?.ToString() ?? string.Empty,
            Message = lead.Message,
            Stage = LeadStageKeys.Of(lead.Stage),
            StageEnteredAt = Timestamp.FromDateTimeOffset(lead.StageEnteredAt),
            CreatedAt = Timestamp.FromDateTimeOffset(lead.CreatedAt),
            UpdatedAt = Timestamp.FromDateTimeOffset(lead.UpdatedAt),
            Version = lead.Version,
        };
        message.NextStages.AddRange(LeadPipeline.NextFrom(lead.Stage).Select(LeadStageKeys.Of));
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
}
