using SpecialtyTowns.Leads.Application.Funnel;
using SpecialtyTowns.Leads.Infrastructure.Funnel;

namespace SpecialtyTowns.Leads.Extensions;

public static class FunnelExtensions
{
    /// <summary>The funnel, targets and export.</summary>
    public static IHostApplicationBuilder AddFunnel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<FunnelReader>();
        builder.Services.AddScoped<GetFunnel>();
        builder.Services.AddScoped<SetTownTarget>();
        builder.Services.AddScoped<GetTownTarget>();
        builder.Services.AddScoped<ExportLeads>();
        return builder;
    }
}
