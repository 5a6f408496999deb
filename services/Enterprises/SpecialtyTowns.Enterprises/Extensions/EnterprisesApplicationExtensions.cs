using SpecialtyTowns.Enterprises.Application;
using SpecialtyTowns.Enterprises.Application.Deals;
using SpecialtyTowns.Enterprises.Application.Towns;
using SpecialtyTowns.Enterprises.Consumers;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Enterprises.Seeding;
using SpecialtyTowns.Idempotency;
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
        builder.AddMessaging("enterprises", bus =>
        {
            bus.AddConsumer<TownRegisteredConsumer>();
            bus.AddConsumer<TownUpdatedConsumer>();
            bus.AddConsumer<DealSignedConsumer>();
            bus.AddEnterprisesSearchConsumers();
        });
        builder.AddOutbox<EnterprisesDbContext>(MessageTypeRegistry.FromAssemblyOf<EnterpriseRegistered>());
        builder.Services.AddIdempotency<EnterprisesDbContext>();
        builder.Services.AddScoped<RegisterEnterprise>();
        builder.Services.AddScoped<UpdateEnterprise>();
        builder.Services.AddScoped<GetEnterprise>();
        builder.Services.AddScoped<ListTownEnterprises>();
        builder.Services.AddScoped<RecordTown>();
        builder.Services.AddScoped<AnnounceTownEnterprises>();
        builder.Services.AddScoped<FillGapForDeal>();
        builder.AddTownSeeding();
        builder.Services.AddChainsAndGaps();
        builder.AddEnterprisesSearch();
        return builder;
    }
}
