using Google.Protobuf.WellKnownTypes;
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
}
