using SpecialtyTowns.Leads.Consumers;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Extensions;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.ServiceDefaults.Extensions;

namespace SpecialtyTowns.Leads.Extensions;

public static class LeadsApplicationExtensions
{
    public static IHostApplicationBuilder AddLeadsApplication(this IHostApplicationBuilder builder)
    {
        builder.AddServiceAuthentication();
        builder.AddGrpcDefaults();
        builder.AddServiceDatabase<LeadsDbContext>("leads");
        builder.AddMessaging("leads", bus => bus.AddConsumer<TownRegisteredConsumer>());
        builder.AddOutbox<LeadsDbContext>(MessageTypeRegistry.FromAssemblyOf<LeadCreated>());
        return builder;
    }
}
