using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.SharedKernel;
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
    /// <summary>The seed acts as an admin of its own: its keys never meet a person's.</summary>
    private static readonly Caller SeedCaller = new("seed", Roles.Admin, null, null);

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
        var register = scope.ServiceProvider.GetRequiredService<RegisterTown>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<RegisterTown>>();
        var added = 0;
        foreach (var town in seed.Towns)
        {
            if (await db.Towns.AnyAsync(t => t.Name == town.Name, cancellationToken))
            {
                continue;
            }

            await register.ExecuteAsync(ToCommand(town), SeedCaller, cancellationToken);
            db.ChangeTracker.Clear();
            added++;
        }

        logger.LogInformation("Seeded {Added} of {Total} towns from {Path}", added, seed.Towns.Count, path);
        await SeedProfilesAsync(configuration["Seed:ProfilesPath"], db, logger, cancellationToken);
    }

    /// <summary>Adds the quoted figures and platforms to towns that have none yet.</summary>
    private static async Task SeedProfilesAsync(string? path, TownsDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        await using var stream = File.OpenRead(path);
        var profiles = await JsonSerializer.DeserializeAsync<SeedProfiles>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidOperationException($"Profile file {path} is empty");
        foreach (var profile in profiles.Towns)
        {
            var town = await db.Towns.SingleOrDefaultAsync(t => t.Name == profile.Name, cancellationToken);
            if (town is null || town.KeyFigures.Count > 0 || town.Platforms.Count > 0)
            {
                continue;
            }

            town.ApplyProfile(profile.KeyFigures, profile.Platforms, profile.Policies, contacts: null);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded profiles of {Count} towns from {Path}", profiles.Towns.Count, path);
    }

    /// <summary>Registers with a key per town name, so a seed run cut short and run again adds each town once.</summary>
    public static RegisterTownCommand ToCommand(SeedTown town) => new("seed:" + town.Name, ToRegistration(town));

    public static TownRegistration ToRegistration(SeedTown town) => new(
        town.Name,
        NameEn: null,
        town.City,
        town.County,
        TownKeys.ParseLevel(town.Level),
        TownKeys.ParseCategory(town.Category),
        town.Industry,
        town.Facts ?? []);
}
