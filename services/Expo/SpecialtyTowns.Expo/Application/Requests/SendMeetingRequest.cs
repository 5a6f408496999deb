using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>An approved participant asks one or more others of its event to meet; they are notified.</summary>
public sealed class SendMeetingRequest(ExpoDbContext db, RequestChanges changes, EventAccess access, TermsCheck terms, IOutbox outbox, Notifier notifier, TimeProvider clock)
{
    public async Task<Guid> ExecuteAsync(SendMeetingRequestCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor, Roles.Town, Roles.Enterprise);
        return await changes.RunAsync(caller, nameof(SendMeetingRequest), command, async ct =>
        {
            var expoEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == command.EventId, ct)
                ?? throw new NotFoundException("Event", command.EventId.ToString());
            var from = await access.ApprovedParticipantAsync(expoEvent.Id, caller, ct);
            var request = await PrepareAsync(from, command, "participant", null, ct);
            notifier.Notify(request.EventId, command.ToParticipantIds, NotificationKinds.RequestReceived, request.Id, data: new Dictionary<string, string> { ["from"] = from.Name, ["fromEn"] = from.NameEn ?? from.Name });
            return request.Id;
        }, cancellationToken);
    }

    /// <summary>Checks and adds a request from <paramref name="from"/> (also for requests made from a recommendation).</summary>
    public async Task<MeetingRequest> PrepareAsync(Participant from, SendMeetingRequestCommand command, string source, Guid? sourceId, CancellationToken cancellationToken)
    {
        var expoEvent = await db.Events.AsNoTracking().SingleAsync(e => e.Id == from.EventId, cancellationToken);
        var toIds = command.ToParticipantIds;
        var found = await db.Participants.AsNoTracking().Where(p => toIds.Contains(p.Id)).ToListAsync(cancellationToken);
        RequestPolicy.EnsureRecipients(from, toIds, found, expoEvent.RequestRules);
        var requestTerms = new RequestTerms(command.ProposedSlotId, command.InterpreterLanguage, command.AttendeeIds);
        await terms.EnsureAsync(expoEvent.Id, requestTerms, [from, .. found], cancellationToken);
        await EnsureNoOpenDuplicateAsync(from.Id, toIds, cancellationToken);
        var now = clock.GetUtcNow();
        var request = MeetingRequest.Create(
            expoEvent.Id, from.Id, toIds, command.Message, command.ProjectId, command.GapId, command.ProposedSlotId, command.InterpreterLanguage, command.AttendeeIds,
            RequestExpiry.ExpiresAt(now, expoEvent.RequestExpiryHours), source, sourceId, now);
        db.MeetingRequests.Add(request);
        outbox.Add(new MeetingRequestSent(request.Id, request.EventId, from.Id, [.. toIds], source, request.ExpiresAt, now));
        return request;
    }

    private async Task EnsureNoOpenDuplicateAsync(Guid fromId, IReadOnlyList<Guid> toIds, CancellationToken cancellationToken)
    {
        var open = await db.MeetingRequests.AsNoTracking()
            .Where(r => r.FromParticipantId == fromId && r.Status == RequestStatuses.Pending)
            .Select(r => r.Parties.Select(p => p.ParticipantId).ToList())
            .ToListAsync(cancellationToken);
        var wanted = toIds.Append(fromId).Order().ToList();
        if (open.Any(parties => parties.Order().SequenceEqual(wanted)))
        {
            throw new BusinessRuleException("request-already-open", "A pending request to the same participants exists; counter-propose it instead of sending another");
        }
    }
}
