using MassTransit;
using SpecialtyTowns.Expo.Application.Requests;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Expo.Consumers;

/// <summary>Turns a meeting asked for from a recommendation into a request between the event's participants.</summary>
[InboxConsumer("expo.meeting-requests.match-meeting-requested", "expo-match-meeting-requested")]
public sealed class MatchMeetingRequestedConsumer(ExpoDbContext db, RequestFromMatch requestFromMatch, ILogger<MatchMeetingRequestedConsumer> logger)
    : InboxConsumer<ExpoDbContext, MatchMeetingRequested>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<MatchMeetingRequested> context, CancellationToken cancellationToken)
    {
        if (await requestFromMatch.ExecuteAsync(context.Message, cancellationToken) is { } requestId)
        {
            logger.LogInformation("Match feedback {FeedbackId} became meeting request {RequestId}", context.Message.FeedbackId, requestId);
        }
    }
}
