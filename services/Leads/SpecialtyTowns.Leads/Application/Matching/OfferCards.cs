using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Infrastructure;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>Loads the cards of offers of one kind by id, with their town's name and city (one query each).</summary>
public sealed class OfferCards(LeadsDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, OfferCard>> LoadAsync(OfferKind kind, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, OfferCard>();
        }

        var towns = db.TownDirectory.AsNoTracking();
        List<OfferCard> cards = kind switch
        {
            OfferKind.Project => await db.ProjectDirectory.AsNoTracking().Where(p => ids.Contains(p.ProjectId))
                .Join(towns, p => p.TownId, t => t.TownId, (p, t) => new OfferCard(
                    p.ProjectId, OfferKind.Project, p.Title, p.TitleEn, p.TownId, t.Name, t.City, p.IndustryCode, p.AmountMinFen, p.AmountMaxFen))
                .ToListAsync(cancellationToken),
            OfferKind.Gap => await db.GapDirectory.AsNoTracking().Where(g => ids.Contains(g.GapId))
                .Join(towns, g => g.TownId, t => t.TownId, (g, t) => new OfferCard(
                    g.GapId, OfferKind.Gap, g.Title, g.TitleEn, g.TownId, t.Name, t.City, g.IndustryCode, 0, 0))
                .ToListAsync(cancellationToken),
            _ => await towns.Where(t => ids.Contains(t.TownId))
                .Select(t => new OfferCard(t.TownId, OfferKind.Town, t.Name, null, t.TownId, t.Name, t.City, null, 0, 0))
                .ToListAsync(cancellationToken),
        };
        return cards.ToDictionary(c => c.Id);
    }
}
