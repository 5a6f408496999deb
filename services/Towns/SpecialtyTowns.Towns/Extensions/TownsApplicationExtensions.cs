using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Extensions;
using SpecialtyTowns.ServiceDefaults.Extensions;
using SpecialtyTowns.ServiceDefaults.Health;
using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.Search;
using SpecialtyTowns.Towns.Searching;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Extensions;

public static class TownsApplicationExtensions
{
    public static IHostApplicationBuilder AddTownsApplication(this IHostApplicationBuilder builder)
    {
        builder.AddServiceAuthentication();
        builder.AddGrpcDefaults();
        builder.AddServiceDatabase<TownsDbContext>("towns");
        builder.AddMessaging("towns", bus => bus.AddConsumer<SearchIndexUpdater>().Endpoint(endpoint =>
        {
            // One temporary queue per replica: each keeps its own index, so each needs every event.
            endpoint.Name = "towns-search-index";
            endpoint.InstanceId = Guid.NewGuid().ToString("N")[..12];
            endpoint.Temporary = true;
        }));
        builder.AddOutbox<TownsDbContext>();
        builder.Services.AddIdempotency<TownsDbContext>();
        builder.Services.AddScoped<RegisterTown>();
        builder.Services.AddScoped<UpdateTown>();
        builder.Services.AddScoped<GetTown>();
        builder.Services.AddScoped<ListTowns>();
        builder.Services.AddScoped<CreateProject>();
        builder.Services.AddScoped<UpdateProject>();
        builder.Services.AddScoped<ChangeProjectStatus>();
        builder.Services.AddScoped<GetProject>();
        builder.Services.AddScoped<GetProjectHistory>();
        builder.AddSearchIndex();
        builder.Services.AddSingleton<SearchIndexState>();
        builder.Services.AddHostedService<SearchIndexRebuilder>();
        builder.Services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search-index", tags: [HealthTags.Ready]);
        return builder;
    }

    /// <summary>
    /// The replica's index: memory-mapped files in a folder of its own (<c>Search:IndexRoot</c>, default under the
    /// temporary folder), or the managed heap with <c>Search:InMemory=true</c>.
    /// </summary>
    private static void AddSearchIndex(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>("Search:InMemory"))
        {
            builder.Services.AddSingleton(_ => SearchIndex.InMemory());
            return;
        }

        var root = builder.Configuration["Search:IndexRoot"] is { Length: > 0 } configured ? configured : SearchIndexFolder.DefaultRoot;
        builder.Services.AddSingleton(services => new SearchIndexFolder(root, services.GetRequiredService<ILogger<SearchIndexFolder>>()));
        builder.Services.AddSingleton(services => new SearchIndex(services.GetRequiredService<SearchIndexFolder>().Path));
    }
}
