using MassTransit;
using SpecialtyTowns.Enterprises.Application.Matching;
using SpecialtyTowns.Enterprises.Application.Search;
using SpecialtyTowns.Enterprises.Domain.Matching;
using SpecialtyTowns.Enterprises.Infrastructure.Search;
using SpecialtyTowns.Search.Hosting;

namespace SpecialtyTowns.Enterprises.Extensions;

/// <summary>The search index of enterprises and gaps, its upkeep, search and matching.</summary>
public static class EnterprisesSearchExtensions
{
    /// <summary>Each replica's own index (rebuilt at start), search, suggestions and "who could fill this gap".</summary>
    public static IHostApplicationBuilder AddEnterprisesSearch(this IHostApplicationBuilder builder)
    {
        builder.AddSearchIndex<SearchDocument, EnterprisesSearchDocumentLoader>(EnterprisesSearchSchema.IndexName, EnterprisesSearchSchema.Instance);
        builder.Services.AddScoped<SearchIndexRefresh>();
        builder.Services.AddScoped<ChainSearchIndex>();
        builder.Services.AddSingleton<EnterpriseSearch>();
        builder.Services.AddSingleton<MatchCandidates>();
        var weights = builder.Configuration.GetSection(MatchingWeights.SectionName).Get<MatchingWeights>() ?? MatchingWeights.Default;
        builder.Services.AddSingleton(new GapMatcher(weights));
        builder.Services.AddScoped<FindGapFillers>();
        builder.Services.AddScoped<FindGapsForEnterprise>();
        return builder;
    }

    /// <summary>The consumer that keeps this replica's index current, on a temporary queue of its own.</summary>
    public static IBusRegistrationConfigurator AddEnterprisesSearchConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddSearchIndexConsumer<SearchIndexUpdater>("enterprises-search-index");
}
