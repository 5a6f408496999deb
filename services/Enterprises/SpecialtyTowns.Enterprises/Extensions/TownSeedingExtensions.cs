using SpecialtyTowns.Enterprises.Seeding;

namespace SpecialtyTowns.Enterprises.Extensions;

public static class TownSeedingExtensions
{
    /// <summary>The seed hook and its steps (each reads its own file from configuration and does nothing without one).</summary>
    public static IHostApplicationBuilder AddTownSeeding(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TownSeeding>();
        builder.Services.AddHostedService<TownSeedingWorker>();
        builder.Services.AddScoped<ITownLookup, TownLookup>();
        builder.Services.AddScoped<SeedLedger>();
        builder.Services.AddScoped<ITownSeedStep, EnterpriseSeedStep>();
        return builder;
    }
}
