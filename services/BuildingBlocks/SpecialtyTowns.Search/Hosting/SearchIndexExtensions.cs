using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpecialtyTowns.ServiceDefaults.Health;

namespace SpecialtyTowns.Search.Hosting;

public static class SearchIndexExtensions
{
    /// <summary>
    /// A search index of <typeparamref name="TDocument"/> kept by each replica for itself: rebuilt from
    /// <typeparamref name="TLoader"/> at start (the replica is not ready until then), then kept current through
    /// <see cref="SearchIndexUpdates{TDocument}"/> by the service's event consumer
    /// (<see cref="AddSearchIndexConsumer{TConsumer}"/>). The index is memory-mapped in a folder of the replica's own
    /// under <c>Search:IndexRoot</c> (default under the temporary folder), or on the managed heap with
    /// <c>Search:InMemory=true</c>.
    /// </summary>
    /// <param name="builder">The host.</param>
    /// <param name="name">Names the index's default folder and its readiness check ("towns": "search-index-towns").</param>
    /// <param name="schema">How the documents are indexed.</param>
    public static IHostApplicationBuilder AddSearchIndex<TDocument, TLoader>(this IHostApplicationBuilder builder, string name, SearchSchema<TDocument> schema)
        where TLoader : class, ISearchDocumentLoader<TDocument>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(schema);
        if (builder.Configuration.GetValue<bool>("Search:InMemory"))
        {
            builder.Services.AddSingleton(_ => SearchIndex<TDocument>.InMemory(schema));
        }
        else
        {
            var root = builder.Configuration["Search:IndexRoot"] is { Length: > 0 } configured ? configured : SearchIndexFolder.DefaultRoot(name);

            // The folder is disposed (deleted) after the index, which the container disposes first as it was made last.
            builder.Services.AddKeyedSingleton(typeof(TDocument), (services, _) => new SearchIndexFolder(root, services.GetRequiredService<ILogger<SearchIndexFolder>>()));
            builder.Services.AddSingleton(services =>
                new SearchIndex<TDocument>(schema, services.GetRequiredKeyedService<SearchIndexFolder>(typeof(TDocument)).Path));
        }

        builder.Services.AddSingleton<SearchIndexState<TDocument>>();
        builder.Services.AddSingleton<SearchIndexUpdates<TDocument>>();
        builder.Services.AddScoped<ISearchDocumentLoader<TDocument>, TLoader>();
        builder.Services.AddHostedService<SearchIndexRebuilder<TDocument>>();
        builder.Services.AddHealthChecks().AddCheck<SearchIndexHealthCheck<TDocument>>($"search-index-{name}", tags: [HealthTags.Ready]);
        return builder;
    }

    /// <summary>
    /// The consumer that turns the service's events into index changes, on a temporary queue of this replica's own:
    /// each replica keeps its own index, so each needs every event.
    /// </summary>
    /// <param name="bus">The service's bus registration.</param>
    /// <param name="endpointName">The queue's name before the replica's instance id ("towns-search-index").</param>
    public static IBusRegistrationConfigurator AddSearchIndexConsumer<TConsumer>(this IBusRegistrationConfigurator bus, string endpointName)
        where TConsumer : class, IConsumer
    {
        bus.AddConsumer<TConsumer>().Endpoint(endpoint =>
        {
            endpoint.Name = endpointName;
            endpoint.InstanceId = Guid.NewGuid().ToString("N")[..12];
            endpoint.Temporary = true;
        });
        return bus;
    }
}
