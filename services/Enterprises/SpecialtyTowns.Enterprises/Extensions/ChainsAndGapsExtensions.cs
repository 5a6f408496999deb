using SpecialtyTowns.Enterprises.Application.Chains;
using SpecialtyTowns.Enterprises.Application.Gaps;
using SpecialtyTowns.Enterprises.Seeding;

namespace SpecialtyTowns.Enterprises.Extensions;

public static class ChainsAndGapsExtensions
{
    /// <summary>The use cases of towns' chains and their gaps.</summary>
    public static IServiceCollection AddChainsAndGaps(this IServiceCollection services)
    {
        services.AddScoped<GetTownChain>();
        services.AddScoped<SaveChainNode>();
        services.AddScoped<RemoveChainNode>();
        services.AddScoped<PostChainGap>();
        services.AddScoped<GetChainGap>();
        services.AddScoped<UpdateChainGap>();
        services.AddScoped<ChangeChainGapStatus>();
        services.AddScoped<GetChainGapHistory>();
        services.AddScoped<ListChainGaps>();
        services.AddScoped<ITownSeedStep, ChainSeedStep>();
        services.AddScoped<AnnounceExistingChains>();
        return services;
    }

    /// <summary>After the migrations: the chains announced again once per database, for consumers added later (<see cref="AnnounceExistingChains"/>).</summary>
    public static async Task AnnounceExistingChainsAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AnnounceExistingChains>().ExecuteAsync(cancellationToken);
    }
}
