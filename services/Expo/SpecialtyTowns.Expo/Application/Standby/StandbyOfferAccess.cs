using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Standby;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>
/// Who may see an offer: its candidate, the partner it would meet, and the event's organizer (or an
/// admin); only the candidate answers it. Anyone else is told it does not exist, so ids cannot be probed.
/// </summary>
public sealed class StandbyOfferAccess(ExpoDbContext db)
{
    /// <param name="forAnswer">Locks the offer row (FOR UPDATE) until the transaction ends and lets only the candidate through.</param>
    public async Task<StandbyOffer> ForAsync(Guid offerId, Caller caller, bool forAnswer, CancellationToken cancellationToken)
    {
        if (forAnswer)
        {
            // An answer and the expiry pass (FOR UPDATE SKIP LOCKED) never both close the same offer.
            await db.Database.ExecuteSqlAsync($"SELECT id FROM standby_offers WHERE id = {offerId} FOR UPDATE", cancellationToken);
        }

        var offer = await db.StandbyOffers.SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken)
            ?? throw new NotFoundException("StandbyOffer", offerId.ToString());
        var people = forAnswer ? [offer.OfferedToId] : new[] { offer.OfferedToId, offer.PartnerId };
        var participants = await db.Participants.AsNoTracking().Where(p => people.Contains(p.Id)).ToListAsync(cancellationToken);
        if (participants.Any(p => p.IsActedOnBy(caller)))
        {
            return offer;
        }

        var expoEvent = await db.Events.AsNoTracking().SingleAsync(e => e.Id == offer.EventId, cancellationToken);
        return !forAnswer && expoEvent.IsManagedBy(caller) ? offer : throw new NotFoundException("StandbyOffer", offerId.ToString());
    }
}
