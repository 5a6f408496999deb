using Google.Protobuf.WellKnownTypes;
using DomainEnterprise = SpecialtyTowns.Enterprises.Domain.Enterprise;

namespace SpecialtyTowns.Enterprises.Grpc;

public static class EnterpriseMapper
{
    public static V1.Enterprise ToMessage(DomainEnterprise enterprise)
    {
        var message = new V1.Enterprise
        {
            Id = enterprise.Id.ToString(),
            Name = enterprise.Name,
            TownId = enterprise.TownId.ToString(),
            RegisteredAt = Timestamp.FromDateTimeOffset(enterprise.RegisteredAt),
        };
        message.Products.AddRange(enterprise.Products);
        return message;
    }
}
