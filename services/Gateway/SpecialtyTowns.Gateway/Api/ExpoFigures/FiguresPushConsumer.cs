using MassTransit;
using SpecialtyTowns.Expo.Contracts;

namespace SpecialtyTowns.Gateway.Api.ExpoFigures;

/// <summary>
/// Hears the Expo events that move an event's live figures and has them pushed
/// (<see cref="FiguresPusher"/>): check-ins at the venue and at the tables, and
/// the events of no-shows, refills and outcomes, and <see cref="EventFiguresChanged"/>, which the
/// changes that publish nothing else (expo leads learned from Leads) announce. The replicas share one queue: each change is handled
/// by one replica, and the Redis backplane takes its push to the dashboards on all of them. No
/// inbox: pushing twice is harmless.
/// </summary>
public sealed class FiguresPushConsumer(FiguresPusher pusher) :
    IConsumer<EventFiguresChanged>,
    IConsumer<ParticipantCheckedIn>,
    IConsumer<MeetingPartyCheckedIn>,
    IConsumer<MeetingPartyNoShow>,
    IConsumer<MeetingRefilled>,
    IConsumer<MeetingOutcomeRecorded>
{
    /// <summary>Named here, not after the class, so a rename does not leave the durable queue behind.</summary>
    public const string Queue = "gateway-expo-figures";

    public Task Consume(ConsumeContext<EventFiguresChanged> context) => Changed(context.Message.EventId);

    public Task Consume(ConsumeContext<ParticipantCheckedIn> context) => Changed(context.Message.EventId);

    public Task Consume(ConsumeContext<MeetingPartyCheckedIn> context) => Changed(context.Message.EventId);

    public Task Consume(ConsumeContext<MeetingPartyNoShow> context) => Changed(context.Message.EventId);

    public Task Consume(ConsumeContext<MeetingRefilled> context) => Changed(context.Message.EventId);

    public Task Consume(ConsumeContext<MeetingOutcomeRecorded> context) => Changed(context.Message.EventId);

    private Task Changed(Guid eventId)
    {
        pusher.Changed(eventId);
        return Task.CompletedTask;
    }
}
