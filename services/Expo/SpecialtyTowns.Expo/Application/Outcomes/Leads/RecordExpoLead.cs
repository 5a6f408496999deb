using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Figures;
using SpecialtyTowns.Expo.Domain.Figures;
using SpecialtyTowns.Expo.Infrastructure;

namespace SpecialtyTowns.Expo.Application.Outcomes.Leads;

/// <summary>
/// What Leads did with this event's meetings, learned from its events: a lead created or advanced by a
/// meeting becomes an <see cref="ExpoLead"/> row (one per lead: the first event's meeting keeps it), and
/// its deal's signing marks the row signed with the yuan committed. Redelivered events change nothing.
/// </summary>
public sealed class RecordExpoLead(ExpoDbContext db, FiguresChanges figures, TimeProvider clock, ILogger<RecordExpoLead> logger)
{
    private const decimal FenPerYuan = 100m;

    public async Task SeenAsync(Guid leadId, Guid eventId, Guid meetingId, bool created, CancellationToken cancellationToken)
    {
        if (await db.ExpoLeads.SingleOrDefaultAsync(l => l.LeadId == leadId, cancellationToken) is { } known)
        {
            if (created && known.EventId == eventId && !known.Created)
            {
                known.MarkCreated();
                figures.Announce(eventId, FigureKinds.Lead);
            }

            return;
        }

        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId && m.EventId == eventId, cancellationToken))
        {
            logger.LogWarning("Lead {LeadId} names meeting {MeetingId} of event {EventId}, which Expo does not know; not counted", leadId, meetingId, eventId);
            return;
        }

        db.ExpoLeads.Add(ExpoLead.Seen(leadId, eventId, meetingId, created, clock.GetUtcNow()));
        figures.Announce(eventId, FigureKinds.Lead);
        logger.LogInformation("Lead {LeadId} counted for event {EventId} from meeting {MeetingId} (created {Created})", leadId, eventId, meetingId, created);
    }

    public async Task SignedAsync(Guid leadId, Guid dealId, long amountFen, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var lead = await db.ExpoLeads.SingleOrDefaultAsync(l => l.LeadId == leadId, cancellationToken);
        if (lead is null)
        {
            return;
        }

        lead.Signed(dealId, amountFen / FenPerYuan, at);
        figures.Announce(lead.EventId, FigureKinds.Lead);
        logger.LogInformation("Expo lead {LeadId} of event {EventId} signed: deal {DealId}, {AmountFen} fen", leadId, lead.EventId, dealId, amountFen);
    }
}
