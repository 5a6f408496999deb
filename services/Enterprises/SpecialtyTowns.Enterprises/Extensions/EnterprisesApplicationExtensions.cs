using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Messaging.Extensions;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.ServiceDefaults.Extensions;

namespace SpecialtyTowns.Enterprises.Extensions;

public static class EnterprisesApplicationExtensions
{
    public static IHostApplicationBuilder AddEnterprisesApplication(this IHostApplicationBuilder builder)
    {
        builder.AddServiceAuthentication();
        builder.AddGrpcDefaults();
        builder.AddServiceDatabase<EnterprisesDbContext>("enterprises");
        builder.AddMessaging("enterprises");
        builder.AddOutbox<EnterprisesDbContext>(MessageTypeRegistry.FromAssemblyOf<EnterpriseRegistered>());
        return builder;
    }
}
