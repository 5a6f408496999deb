using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Domain.Places;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Seeding;

/// <summary>
/// Loads the real Shanxi towns once. Each goes through the same registration as any other
/// town, so every service hears of it. A town already present is left alone, except that one
/// seeded before towns got their city from their county (<see cref="Domain.Places.CountyCities"/>)
/// gets it now through the normal update, so TownUpdated carries it to Leads and Expo.
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
        var added = await host.Services.SeedTownsAsync(seed, cancellationToken);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TownsDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<RegisterTown>>();
        logger.LogInformation("Seeded {Added} of {Total} towns from {Path}", added, seed.Towns.Count, path);
        await SeedProfilesAsync(configuration["Seed:ProfilesPath"], db, logger, cancellationToken);
    }

    /// <summary>Registers the seed's towns that are missing and gives those present without a city theirs; returns how many were added.</summary>
    public static async Task<int> SeedTownsAsync(this IServiceProvider services, SeedFile seed, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TownsDbContext>();
        var register = scope.ServiceProvider.GetRequiredService<RegisterTown>();
        var update = scope.ServiceProvider.GetRequiredService<UpdateTown>();
        var added = 0;
        foreach (var town in seed.Towns)
        {
            if (await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.Name == town.Name, cancellationToken) is { } present)
            {
                if (ToCityUpdate(town, present) is { } command)
                {
                    await update.ExecuteAsync(command, SeedCaller, cancellationToken);
                    db.ChangeTracker.Clear();
                }

                continue;
            }

            await register.ExecuteAsync(ToCommand(town), SeedCaller, cancellationToken);
            db.ChangeTracker.Clear();
            added++;
        }

        return added;
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

    /// <summary>
    /// For a seeded town without a city: the seed's city, or its county (the seed's, or
    /// <see cref="SeedCounties"/>) for the update to derive the city from. Null when there is
    /// nothing to add. Keyed per town, so it happens once: a city an editor clears later stays cleared.
    /// </summary>
    public static UpdateTownCommand? ToCityUpdate(SeedTown seed, Town present)
    {
        var registration = ToRegistration(seed);
        if (present.City is not null || (registration.City ?? CountyCities.Shanxi.CityOf(present.County ?? registration.County)) is null)
        {
            return null;
        }

        var changes = new TownChanges(NameEn: null, registration.City, present.County is null ? registration.County : null, MainIndustry: null, Facts: null);
        return new UpdateTownCommand("seed-city:" + seed.Name, present.Id, changes);
    }

    public static TownRegistration ToRegistration(SeedTown town) => new(
        town.Name,
        NameEn: null,
        town.City,
        town.County ?? SeedCounties.Of(town.Name),
        TownKeys.ParseLevel(town.Level),
        TownKeys.ParseCategory(town.Category),
        town.Industry,
        town.Facts ?? []);
}
