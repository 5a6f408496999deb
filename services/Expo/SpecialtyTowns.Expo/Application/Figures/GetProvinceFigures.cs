using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Figures;

/// <summary>The province's view across every event, for admins only (any other role: 403).</summary>
public sealed class GetProvinceFigures(ExpoDbContext db, FigureCounter counter, TimeProvider clock)
{
    public async Task<ProvinceFiguresData> ExecuteAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Admin);
        var now = clock.GetUtcNow();
        var events = await db.Events.AsNoTracking().OrderByDescending(e => e.StartsOn).ThenBy(e => e.Name).ToListAsync(cancellationToken);
        var counts = await counter.CountAsync(null, now, cancellationToken);
        var figures = events.Select(e => new EventFiguresData(e, now, counts.GetValueOrDefault(e.Id) ?? FigureCountsData.Zero)).ToList();
        var totals = figures.Aggregate(FigureCountsData.Zero, (sum, e) => sum.Plus(e.Counts));
        return new ProvinceFiguresData(now, figures, totals);
    }
}
