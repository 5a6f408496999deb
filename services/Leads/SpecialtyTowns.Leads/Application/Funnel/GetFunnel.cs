using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Funnel;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Leads.Infrastructure.Funnel;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application.Funnel;

/// <summary>
/// The funnel and figures of a town (its own account or admins), a city's towns or the province (admins).
/// Definitions in docs/leads-funnel.md.
/// </summary>
public sealed class GetFunnel(LeadsDbContext db, FunnelReader reader, TimeProvider clock)
{
    /// <summary>The last stage whose leads are still being won: the weighted pipeline adds up to here.</summary>
    private const LeadStage LastOpenStage = LeadStage.Negotiating;

    public async Task<FunnelReport> ExecuteAsync(FunnelScope scope, int year, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        caller.RequireThat(caller.IsAdmin || (scope.TownId is { } own && caller.IsTown(own)), "see this funnel");
        var today = PlausibleDates.TodayInChina(clock.GetUtcNow());
        year = year == 0 ? today.Year : year;
        var (towns, name) = await ResolveAsync(scope, cancellationToken);
        var counts = await reader.ReadAsync(towns, year, today, cancellationToken);

        var stages = new List<StageReport>();
        foreach (var stage in LeadStageKeys.Funnel)
        {
            var (leads, amount) = counts.Current.GetValueOrDefault(stage);
            var reached = counts.Reached.GetValueOrDefault(stage);
            var next = stage == LeadStage.InProduction ? 0 : counts.Reached.GetValueOrDefault(stage + 1);
            var probability = StageProfiles.Probability(stage);
            var median = counts.DaysInStage.TryGetValue(stage, out var histogram) ? FunnelMath.Median(histogram) : 0;
            stages.Add(new StageReport(stage, leads, amount, FunnelMath.Weighted(amount, probability), reached, FunnelMath.Ratio(next, reached), median, probability));
        }

        var weighted = stages.Where(s => s.Stage <= LastOpenStage).Sum(s => s.WeightedAmountFen);
        var lost = counts.Current.GetValueOrDefault(LeadStage.Lost).Leads;
        return new FunnelReport(scope, name, year, stages, lost, weighted, counts.Deals, counts.TargetFen, counts.LostByReason);
    }

    private async Task<(IReadOnlyList<Guid>? Towns, string Name)> ResolveAsync(FunnelScope scope, CancellationToken cancellationToken)
    {
        if (scope.TownId is { } townId)
        {
            var town = await db.TownDirectory.AsNoTracking().Where(t => t.TownId == townId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Town", townId.ToString());
            return ([townId], town);
        }

        if (scope.City is { } city)
        {
            // Towns write "忻州 Xinzhou"; "忻州", "忻州市" and "Xinzhou" name the same city. The directory holds a row per town: few enough to compare here.
            var key = PlaceNames.Key(city);
            var cities = await db.TownDirectory.AsNoTracking().Where(t => t.City != null).Select(t => new { t.TownId, t.City }).ToListAsync(cancellationToken);
            var towns = cities.Where(t => PlaceNames.Key(t.City) == key).Select(t => t.TownId).ToList();
            return towns.Count == 0 ? throw new NotFoundException("City", city) : (towns, city);
        }

        // The province has no name of its own here: pages say 全省 / the province in their language.
        return (null, string.Empty);
    }
}
