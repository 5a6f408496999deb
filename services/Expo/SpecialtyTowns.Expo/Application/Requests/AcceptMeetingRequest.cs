using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>A party accepts the current terms; when it is the last, the meeting is made in the same transaction.</summary>
public sealed class AcceptMeetingRequest(RequestChanges changes, AgreeMeeting agree, IOutbox outbox, Notifier notifier, TimeProvider clock)
{
    public Task<Guid> ExecuteAsync(AnswerMeetingRequestCommand command, Caller caller, CancellationToken cancellationToken) =>
        changes.RunAsync(caller, nameof(AcceptMeetingRequest), command, async ct =>
        {
            var (request, party) = await changes.PartyRequestAsync(command.Id, caller, ct);
            var now = clock.GetUtcNow();
            if (!RequestAnswers.Accept(request, party.Id, now))
            {
                return request.Id;
            }

            outbox.Add(new MeetingRequestAccepted(request.Id, request.EventId, party.Id, request.Round, now));
            if (await agree.IfAllAcceptedAsync(request, now, ct) is null)
            {
                notifier.Notify(request.EventId, RequestAnswers.OthersThan(request, party.Id), NotificationKinds.RequestAccepted, request.Id, data: By(party.Name, party.NameEn));
            }

            return request.Id;
        }, cancellationToken);

    internal static Dictionary<string, string> By(string name, string? nameEn) => new() { ["by"] = name, ["byEn"] = nameEn ?? name };
}
