using SpecialtyTowns.Leads.Application.Funnel;
using SpecialtyTowns.Leads.Infrastructure.Funnel;

namespace SpecialtyTowns.Leads.Extensions;

public static class FunnelExtensions
{
    /// <summary>The funnel, targets and export; "Pipeline:Stages" is checked at start, not at the first funnel read.</summary>
    public static IHostApplicationBuilder AddFunnel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PipelineStageSettings>()
            .Bind(builder.Configuration.GetSection(PipelineStageSettings.SectionName))
            .Validate(settings => settings.Problem() is null, "Pipeline:Stages: each key a stage's wire name, probability 0-1, limit days >= 0 (docs/leads-funnel.md)")
            .ValidateOnStart();
        builder.Services.AddScoped<FunnelReader>();
        builder.Services.AddScoped<GetFunnel>();
        builder.Services.AddScoped<SetTownTarget>();
        builder.Services.AddScoped<GetTownTarget>();
        builder.Services.AddScoped<ExportLeads>();
        return builder;
    }
}
