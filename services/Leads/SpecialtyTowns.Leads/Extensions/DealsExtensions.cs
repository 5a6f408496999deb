using SpecialtyTowns.Leads.Application.Deals;

namespace SpecialtyTowns.Leads.Extensions;

public static class DealsExtensions
{
    /// <summary>The use cases of deals (签约) and the funds that arrive (到资).</summary>
    public static IServiceCollection AddDeals(this IServiceCollection services)
    {
        services.AddScoped<GetDeal>();
        services.AddScoped<ListDeals>();
        services.AddScoped<RecordFundsArrival>();
        services.AddScoped<ListOverdueToStart>();
        return services;
    }
}
