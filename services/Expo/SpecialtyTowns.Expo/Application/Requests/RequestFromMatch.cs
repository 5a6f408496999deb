using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>
/// A meeting asked for from a recommendation becomes a request between the event's participants:
/// the investor organisation's registration and the town's, in the direction of <c>Side</c>. Once
/// per feedback id (Source "match"). When a side is not registered or not approved, or the event's
/// rules refuse it, no request is made and the reason is recorded as MatchMeetingRequestSkipped
/// (in the outbox, beside the consumer's inbox row), so Leads and the logs can tell why.
/// </summary>
public sealed class RequestFromMatch(ExpoDbContext db, SendMeetingRequest send, IOutbox outbox, Notifier notifier, TimeProvider clock, ILogger<RequestFromMatch> logger)
{
    public const string Source = "match";

    /// <returns>The request made, or null when skipped (or made before).</returns>
    public async Task<Guid?> ExecuteAsync(MatchMeetingRequested match, CancellationToken cancellationToken)
    {
        if (await db.MeetingRequests.AnyAsync(r => r.Source == Source && r.SourceId == match.FeedbackId, cancellationToken))
        {
            return null;
        }

        if (!await db.Events.AnyAsync(e => e.Id == match.ExpoEventId, cancellationToken))
        {
            return Skip(match, "event-not-found");
        }

        var investor = await RegistrationAsync(match.ExpoEventId, ParticipantKinds.Investor, p => p.OrganisationId == match.OrganisationId, cancellationToken);
        var town = await RegistrationAsync(match.ExpoEventId, ParticipantKinds.Town, p => p.SubjectId == match.TownId, cancellationToken);
        var (from, to) = match.Side == "town" ? (town, investor) : (investor, town);
        if (from is null || to is null)
        {
            return Skip(match, from is null ? "sender-not-registered" : "recipient-not-registered");
        }

        if (!from.IsApproved || !to.IsApproved)
        {
            return Skip(match, !from.IsApproved ? "sender-not-approved" : "recipient-not-approved");
        }

        try
        {
            var command = new SendMeetingRequestCommand(null, match.ExpoEventId, [to.Id], Trim(match.Message), null, null, null, null, []);
            var request = await send.PrepareAsync(from, command, Source, match.FeedbackId, cancellationToken);
            notifier.Notify(request.EventId, [to.Id], NotificationKinds.RequestReceived, request.Id, data: new Dictionary<string, string> { ["from"] = from.Name, ["fromEn"] = from.NameEn ?? from.Name, ["source"] = Source });
            return request.Id;
        }
        catch (InvalidValueException)
        {
            return Skip(match, "kind-not-allowed");
        }
        catch (BusinessRuleException refused)
        {
            return Skip(match, refused.Rule);
        }
    }

    private async Task<Participant?> RegistrationAsync(Guid eventId, string kind, System.Linq.Expressions.Expression<Func<Participant, bool>> which, CancellationToken cancellationToken)
    {
        // An organisation may be registered more than once (by two of its accounts): an approved registration speaks for it first.
        var candidates = await db.Participants.AsNoTracking().Where(p => p.EventId == eventId && p.Kind == kind).Where(which).ToListAsync(cancellationToken);
        return candidates.OrderByDescending(p => p.IsApproved).ThenBy(p => p.RegisteredAt).FirstOrDefault();
    }

    private Guid? Skip(MatchMeetingRequested match, string reason)
    {
        logger.LogWarning("Match meeting request {FeedbackId} for event {EventId} made no request: {Reason}", match.FeedbackId, match.ExpoEventId, reason);
        outbox.Add(new MatchMeetingRequestSkipped(match.FeedbackId, match.ExpoEventId, match.Side, reason, clock.GetUtcNow()));
        return null;
    }

    private static string? Trim(string? message) =>
        message is { Length: > Domain.Requests.RequestPolicy.MessageMaxLength } ? message[..Domain.Requests.RequestPolicy.MessageMaxLength] : message;
}
