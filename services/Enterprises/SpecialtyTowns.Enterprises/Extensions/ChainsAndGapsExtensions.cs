using SpecialtyTowns.Enterprises.Application.Chains;
using SpecialtyTowns.Enterprises.Application.Gaps;

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
        return services;
    }
}
