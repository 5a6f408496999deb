using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>
/// A party proposes other terms (the sender's counter is how it edits its request): the proposer
/// accepts them, everyone else is asked again, and the expiry starts over. The same terms again
/// change nothing and tell nobody.
/// </summary>
public sealed class CounterMeetingRequest(ExpoDbContext db, RequestChanges changes, TermsCheck terms, IOutbox outbox, Notifier notifier, TimeProvider clock)
{
    public Task<Guid> ExecuteAsync(CounterMeetingRequestCommand command, Caller caller, CancellationToken cancellationToken) =>
        changes.RunAsync(caller, nameof(CounterMeetingRequest), command, async ct =>
        {
            var (request, party) = await changes.PartyRequestAsync(command.Id, caller, ct);
            var proposal = new RequestTerms(command.ProposedSlotId, command.InterpreterLanguage, command.AttendeeIds);
            var partyIds = request.PartyIds.ToList();
            var parties = await db.Participants.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToListAsync(ct);
            await terms.EnsureAsync(request.EventId, proposal, parties, ct);
            var expoEvent = await db.Events.AsNoTracking().SingleAsync(e => e.Id == request.EventId, ct);
            var now = clock.GetUtcNow();
            if (!RequestAnswers.Counter(request, party.Id, proposal, command.Note, RequestExpiry.ExpiresAt(now, expoEvent.RequestExpiryHours), now))
            {
                return request.Id;
            }

            outbox.Add(new MeetingRequestCountered(request.Id, request.EventId, party.Id, request.Round, request.ProposedSlotId, request.InterpreterLanguage, request.ExpiresAt, now));
            var data = AcceptMeetingRequest.By(party.Name, party.NameEn);
            data["note"] = request.CounterNote ?? string.Empty;
            notifier.Notify(request.EventId, RequestAnswers.OthersThan(request, party.Id), NotificationKinds.RequestCountered, request.Id, data: data);
            return request.Id;
        }, cancellationToken);
}
