using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Seeding;

/// <summary>
/// Loads the real Shanxi towns once. Each goes through the same registration as any other
/// town, so every service hears of it; a town already present is left alone.
/// </summary>
public static class TownSeeder
{
    public static async Task SeedTownsAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        var path = configuration["Seed:Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        await using var stream = File.OpenRead(path);
        var seed = await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidOperationException($"Seed file {path} is empty");
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TownsDbContext>();
        var registrar = scope.ServiceProvider.GetRequiredService<TownRegistrar>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<TownRegistrar>>();
        var added = 0;
        foreach (var town in seed.Towns)
        {
            if (await db.Towns.AnyAsync(t => t.Name == town.Name, cancellationToken))
            {
                continue;
            }

            await registrar.RegisterAsync(ToRegistration(town), cancellationToken);
            db.ChangeTracker.Clear();
            added++;
        }

        logger.LogInformation("Seeded {Added} of {Total} towns from {Path}", added, seed.Towns.Count, path);
    }

    public static TownRegistration ToRegistration(SeedTown town) => new(
        town.Name,
        NameEn: null,
        town.City,
        town.County,
        TownKeys.ParseLevel(town.Level),
        TownKeys.ParseCategory(town.Category),
        town.Industry,
        town.Facts ?? [],
        RequestId: "seed:" + town.Name);
}
