using MassTransit;
using SpecialtyTowns.Enterprises.Application.Deals;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Enterprises.Consumers;

/// <summary>A deal for a chain gap was signed (签约): the gap is filled, through in talks when it was open.</summary>
[InboxConsumer("enterprises.gaps.deal-signed", "enterprises-deal-signed")]
public sealed class DealSignedConsumer(EnterprisesDbContext db, FillGapForDeal fill, ILogger<DealSignedConsumer> logger)
    : InboxConsumer<EnterprisesDbContext, DealSigned>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<DealSigned> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        if (e.GapId is not { } gapId)
        {
            return;
        }

        var note = $"签约 deal {e.DealId} signed on {e.SignedOn:yyyy-MM-dd} with {e.OrganisationName}, contract {e.ContractReference}";
        await fill.ExecuteAsync(gapId, e.DealId, note, cancellationToken);
    }
}
