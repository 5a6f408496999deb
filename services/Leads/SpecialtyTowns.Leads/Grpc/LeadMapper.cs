using Google.Protobuf.WellKnownTypes;
using DomainEntry = SpecialtyTowns.Leads.Domain.TownDirectoryEntry;
using DomainLead = SpecialtyTowns.Leads.Domain.Lead;

namespace SpecialtyTowns.Leads.Grpc;

public static class LeadMapper
{
    public static V1.Lead ToMessage(DomainLead lead) => new()
    {
        Id = lead.Id.ToString(),
        InvestorId = lead.InvestorId.ToString(),
        TownId = lead.TownId.ToString(),
        Message = lead.Message,
        Stage = lead.Stage,
        CreatedAt = Timestamp.FromDateTimeOffset(lead.CreatedAt),
    };

    public static V1.TownDirectoryEntry ToMessage(DomainEntry entry) => new()
    {
        TownId = entry.TownId.ToString(),
        Name = entry.Name,
        MainIndustry = entry.MainIndustry,
        RegisteredAt = Timestamp.FromDateTimeOffset(entry.RegisteredAt),
        ReceivedAt = Timestamp.FromDateTimeOffset(entry.ReceivedAt),
    };
}
