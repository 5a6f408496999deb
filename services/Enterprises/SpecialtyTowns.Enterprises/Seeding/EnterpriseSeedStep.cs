using SpecialtyTowns.SharedKernel.Identifiers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Application;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Domain.Towns;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>
/// Registers the enterprises of <c>Seed:EnterprisesPath</c> that belong to the town, through the same
/// use case as any registration (so the events go out). Each is matched on its seed key
/// (<see cref="SeedLedger"/>), so one the town renamed is not registered again.
/// </summary>
public sealed class EnterpriseSeedStep(
    IConfiguration configuration,
    EnterprisesDbContext db,
    RegisterEnterprise register,
    SeedLedger ledger,
    TimeProvider clock,
    ILogger<EnterpriseSeedStep> logger) : ITownSeedStep
{
    public const int StepOrder = 100;

    /// <summary>The seed acts as an admin of its own: its keys never meet a person's.</summary>
    private static readonly Caller SeedCaller = new("seed", Roles.Admin, null, null);

    public int Order => StepOrder;

    public async Task RunAsync(TownEntry town, CancellationToken cancellationToken)
    {
        var path = configuration["Seed:EnterprisesPath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var seed = await LoadAsync(path, cancellationToken);
        var seeded = await ledger.ReadAsync(SeedLedger.Enterprise, town.TownId, cancellationToken);
        var added = 0;
        foreach (var enterprise in seed.Enterprises.Where(e => e.Town == town.Name && !seeded.ContainsKey(e.Key)))
        {
            // Seeded before seed keys were recorded (or by a run cut short before it recorded): found by its name once.
            var id = await db.Enterprises.Where(e => e.TownId == town.TownId && e.Name == enterprise.Name).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
            if (id is null)
            {
                try
                {
                    id = (await register.ExecuteAsync(ToCommand(town.TownId, enterprise), SeedCaller, cancellationToken)).Enterprise.Id;
                    added++;
                }
                catch (ConflictException)
                {
                    // Seeded by a concurrent run (the consumer and the start-up pass) a moment ago; that run records it.
                    continue;
                }
            }

            await ledger.RecordAsync(SeedLedger.Enterprise, town.TownId, enterprise.Key, id.Value, clock.GetUtcNow(), cancellationToken);
        }

        if (added > 0)
        {
            logger.LogInformation("Seeded {Added} enterprises of town {TownId} from {Path}", added, town.TownId, path);
        }
    }

    public static async Task<SeedEnterprises> LoadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<SeedEnterprises>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidOperationException($"Seed file {path} is empty");
    }

    /// <summary>Keyed by town and name, so a seed run cut short and run again registers each once.</summary>
    public static RegisterEnterpriseCommand ToCommand(Guid townId, SeedEnterprise e) => new(
        $"seed:{townId:N}:{(e.Name.Length > 60 ? e.Name[..60] : e.Name)}",
        townId,
        new EnterpriseProfile(
            e.Name, Blank(e.NameEn), Blank(e.UnifiedSocialCreditCode), Blank(e.IndustryCode), e.Products ?? [], e.Certifications ?? [], [], e.Equipment ?? [],
            e.CncRatePercent, null, null, e.Leading, [], e.FoundedYear, Blank(e.Description), Blank(e.DescriptionEn), [], e.Source.ToString()));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
