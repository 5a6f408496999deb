using MassTransit;
using SpecialtyTowns.Expo.Application.Outcomes.Leads;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Expo.Consumers;

/// <summary>A signed deal on a lead an event's meeting made: the event's deals signed and yuan committed.</summary>
[InboxConsumer("expo.expo-leads.deal-signed", "expo-deal-signed")]
public sealed class ExpoDealSignedConsumer(ExpoDbContext db, RecordExpoLead record, ILogger<ExpoDealSignedConsumer> logger)
    : InboxConsumer<ExpoDbContext, DealSigned>(db, logger)
{
    protected override Task HandleAsync(ConsumeContext<DealSigned> context, CancellationToken cancellationToken) =>
        record.SignedAsync(context.Message.LeadId, context.Message.DealId, context.Message.AmountFen, context.Message.At, cancellationToken);
}
