using SpecialtyTowns.Expo.Application.Figures;

namespace SpecialtyTowns.Expo.Extensions;

/// <summary>The live figures (issue 16): the counting, the two reads and the announcement other use cases call.</summary>
public static class ExpoFiguresExtensions
{
    public static IServiceCollection AddExpoFigures(this IServiceCollection services)
    {
        services.AddScoped<FigureCounter>();
        services.AddScoped<GetEventFigures>();
        services.AddScoped<GetProvinceFigures>();
        services.AddScoped<FiguresChanges>();
        return services;
    }
}
