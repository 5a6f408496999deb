using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>A party declines, with a reason the others are told; the request is closed.</summary>
public sealed class DeclineMeetingRequest(RequestChanges changes, IOutbox outbox, Notifier notifier, TimeProvider clock)
{
    public Task<Guid> ExecuteAsync(AnswerMeetingRequestCommand command, Caller caller, CancellationToken cancellationToken) =>
        changes.RunAsync(caller, nameof(DeclineMeetingRequest), command, async ct =>
        {
            var (request, party) = await changes.PartyRequestAsync(command.Id, caller, ct);
            var now = clock.GetUtcNow();
            RequestAnswers.Decline(request, party.Id, command.Reason, now);
            outbox.Add(new MeetingRequestDeclined(request.Id, request.EventId, party.Id, request.Parties.Single(p => p.ParticipantId == party.Id).Reason, now));
            var data = AcceptMeetingRequest.By(party.Name, party.NameEn);
            data["reason"] = command.Reason?.Trim() ?? string.Empty;
            notifier.Notify(request.EventId, RequestAnswers.OthersThan(request, party.Id), NotificationKinds.RequestDeclined, request.Id, data: data);
            return request.Id;
        }, cancellationToken);
}
