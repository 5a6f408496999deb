using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>The sender withdraws its pending request; the other parties are told.</summary>
public sealed class CancelMeetingRequest(RequestChanges changes, IOutbox outbox, Notifier notifier, TimeProvider clock)
{
    public Task<Guid> ExecuteAsync(AnswerMeetingRequestCommand command, Caller caller, CancellationToken cancellationToken) =>
        changes.RunAsync(caller, nameof(CancelMeetingRequest), command, async ct =>
        {
            var (request, party) = await changes.PartyRequestAsync(command.Id, caller, ct);
            var now = clock.GetUtcNow();
            RequestAnswers.Cancel(request, party.Id, now);
            outbox.Add(new MeetingRequestCancelled(request.Id, request.EventId, party.Id, now));
            var data = AcceptMeetingRequest.By(party.Name, party.NameEn);
            data["reason"] = command.Reason?.Trim() ?? string.Empty;
            notifier.Notify(request.EventId, RequestAnswers.OthersThan(request, party.Id), NotificationKinds.RequestCancelled, request.Id, data: data);
            return request.Id;
        }, cancellationToken);
}
