using SpecialtyTowns.Leads.Application.Matching;

namespace SpecialtyTowns.Leads.Extensions;

public static class MatchingExtensions
{
    /// <summary>Matching's use cases (the engine behind IMatchQueries comes from AddMatchingEngine).</summary>
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddScoped<MatchOffers>();
        services.AddScoped<MatchExclusions>();
        services.AddScoped<OfferCards>();
        services.AddScoped<MatchImpressions>();
        services.AddScoped<MatchInterest>();
        services.AddScoped<RecommendForInvestor>();
        services.AddScoped<RecommendInvestors>();
        services.AddScoped<GiveFeedback>();
        services.AddScoped<RecordExpoParticipant>();
        return services;
    }
}
