using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Extensions;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.ServiceDefaults.Extensions;
using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.Application.Deals;
using SpecialtyTowns.Towns.Consumers;
using SpecialtyTowns.Search.Hosting;
using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Infrastructure;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.Extensions;

public static class TownsApplicationExtensions
{
    public static IHostApplicationBuilder AddTownsApplication(this IHostApplicationBuilder builder)
    {
        builder.AddServiceAuthentication();
        builder.AddGrpcDefaults();
        builder.AddServiceDatabase<TownsDbContext>("towns");
        builder.AddMessaging("towns", bus =>
        {
            bus.AddSearchIndexConsumer<SearchIndexUpdater>("towns-search-index");
            bus.AddConsumer<EnterpriseRegisteredConsumer>();
            bus.AddConsumer<EnterpriseUpdatedConsumer>();
            bus.AddConsumer<DealSignedConsumer>();
            bus.AddConsumer<DealMilestoneReachedConsumer>();
        });
        builder.AddOutbox<TownsDbContext>(MessageTypeRegistry.FromAssemblyOf<TownRegistered>());
        builder.Services.AddIdempotency<TownsDbContext>();
        builder.Services.AddScoped<RegisterTown>();
        builder.Services.AddScoped<AnnounceExistingTowns>();
        builder.Services.AddScoped<AnnounceExistingProjects>();
        builder.Services.AddScoped<UpdateTown>();
        builder.Services.AddScoped<GetTown>();
        builder.Services.AddScoped<ListTowns>();
        builder.Services.AddScoped<CreateProject>();
        builder.Services.AddScoped<UpdateProject>();
        builder.Services.AddScoped<ChangeProjectStatus>();
        builder.Services.AddScoped<GetProject>();
        builder.Services.AddScoped<GetProjectHistory>();
        builder.Services.AddScoped<ListTownProjects>();
        builder.Services.AddScoped<RecordEnterprise>();
        builder.Services.AddScoped<GetTownEnterprises>();
        builder.Services.AddScoped<AdvanceProjectForDeal>();
        builder.Services.AddSingleton<CatalogueSearch>();
        builder.AddSearchIndex<SearchDocument, TownsSearchDocumentLoader>(TownsSearchSchema.IndexName, TownsSearchSchema.Instance);
        return builder;
    }
}
