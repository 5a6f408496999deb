using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Standby;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>
/// The candidate accepts or declines an offer within its window. The offer row is locked first, so an
/// answer and the expiry pass never both close it, and two answers are taken one after the other (the
/// second finds it closed: 409 offer-closed). Accepting makes a meeting (no request behind it) of the
/// partners and the candidate, placed at the freed table in that slot in the same transaction: the
/// occupancy indexes refuse it if the candidate or the table was taken meanwhile. Declining offers the
/// place to the next candidate.
/// </summary>
public sealed class AnswerStandbyOffer(
    ExpoDbContext db,
    StandbyOfferAccess access,
    StandbyRefill refill,
    StandbyOfferViews views,
    Notifier notifier,
    IOutbox outbox,
    IIdempotency idempotency,
    TimeProvider clock,
    ILogger<AnswerStandbyOffer> logger)
{
    public Task<StandbyOfferView> ExecuteAsync(AnswerOfferCommand command, Caller caller, CancellationToken cancellationToken) =>
        idempotency.ExecuteAsync(caller, command.Accept ? "AcceptStandbyOffer" : "DeclineStandbyOffer", command, async ct =>
        {
            var offer = await access.ForAsync(command.OfferId, caller, forAnswer: true, ct);
            var now = clock.GetUtcNow();
            if (!offer.IsOpen)
            {
                throw new BusinessRuleException("offer-closed", $"The offer is {offer.Status}");
            }

            if (now >= offer.ExpiresAt)
            {
                throw new BusinessRuleException("offer-expired", $"The offer expired at {offer.ExpiresAt:O}");
            }

            var freed = await db.Meetings.SingleAsync(m => m.Id == offer.MeetingId, ct);
            if (command.Accept)
            {
                await AcceptAsync(offer, freed, now, ct);
            }
            else
            {
                offer.Close(StandbyOfferStatuses.Declined, null, now);
                outbox.Add(new StandbyOfferAnswered(offer.Id, offer.EventId, offer.MeetingId, offer.OfferedToId, offer.Status, null, now));
                await db.SaveChangesAsync(ct);
                var expoEvent = await db.Events.SingleAsync(e => e.Id == offer.EventId, ct);
                await refill.OfferNextAsync(freed, expoEvent, now, ct);
            }

            logger.LogInformation("Standby offer {OfferId} of meeting {MeetingId} {Status} by participant {ParticipantId}", offer.Id, offer.MeetingId, offer.Status, offer.OfferedToId);
            return await views.OneAsync(offer, ct);
        }, cancellationToken);

    private async Task AcceptAsync(StandbyOffer offer, Meeting freed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parties = StandbyRefill.Partners(freed).Append(offer.OfferedToId).ToList();
        var meeting = Meeting.Create(offer.EventId, null, parties, null, null, [], null, null, 1, now);
        meeting.Place(offer.SlotId, offer.TableId, null, "standby", locked: true, now);
        db.Meetings.Add(meeting);
        offer.Close(StandbyOfferStatuses.Accepted, meeting.Id, now);
        notifier.Notify(offer.EventId, parties, NotificationKinds.MeetingRefilled, null, meeting.Id, new Dictionary<string, string> { ["offerId"] = offer.Id.ToString() });
        outbox.Add(new StandbyOfferAnswered(offer.Id, offer.EventId, offer.MeetingId, offer.OfferedToId, offer.Status, meeting.Id, now));
        outbox.Add(new MeetingRefilled(offer.EventId, freed.Id, meeting.Id, offer.Id, offer.SlotId, offer.TableId, parties));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (OccupancyIndexes.Translate(exception) is { } rule)
        {
            throw rule;
        }
    }
}
