using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// A held expo meeting creates the lead (source expo-meeting) for the investor organisation and the town
/// (+ project or gap), or advances the open one, and puts the meeting on its timeline: exactly once per
/// meeting, because the timeline entry's meeting id is unique in lead_activities (a redelivered or raced
/// outcome fails there, and its retry finds the meeting applied). A later outcome of the same meeting
/// (the other party's, or a correction) may still move the lead forward, never back.
/// </summary>
public sealed class ApplyExpoMeeting(LeadsDbContext db, IOutbox outbox, TimeProvider clock, ILogger<ApplyExpoMeeting> logger)
{
    public const string Actor = "expo";

    public async Task ExecuteAsync(ExpoMeetingOutcome meeting, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var appliedTo = await db.LeadActivities.Where(a => a.MeetingId == meeting.MeetingId).Select(a => (Guid?)a.LeadId).SingleOrDefaultAsync(cancellationToken);
        if (appliedTo is { } leadId)
        {
            var applied = await db.Leads.Include(l => l.History).SingleAsync(l => l.Id == leadId, cancellationToken);
            Advance(applied, meeting, now, announce: true);
            return;
        }

        var organisationId = meeting.OrganisationId ?? await db.OrganisationMembers.AsNoTracking()
            .Where(m => m.UserId == meeting.InvestorUserId).Select(m => (Guid?)m.OrganisationId).SingleOrDefaultAsync(cancellationToken);
        if (organisationId is not { } organisation)
        {
            logger.LogWarning("Expo meeting {MeetingId} was held, but investor {InvestorUserId} has no organisation in Leads: no lead", meeting.MeetingId, meeting.InvestorUserId);
            return;
        }

        if (!await db.TownDirectory.AnyAsync(t => t.TownId == meeting.TownId, cancellationToken))
        {
            // Towns' TownRegistered has not arrived yet: fail, so the retry finds it.
            throw new InvalidOperationException($"Town {meeting.TownId} of expo meeting {meeting.MeetingId} is not in the directory yet");
        }

        var (projectId, gapId) = await OfTownAsync(meeting, cancellationToken);
        var openKey = Lead.OpenKeyFor(organisation, meeting.TownId, projectId, gapId);
        var lead = await db.Leads.Include(l => l.History).SingleOrDefaultAsync(l => l.OpenKey == openKey, cancellationToken);
        var created = lead is null;
        if (lead is null)
        {
            lead = Create(meeting, organisation, projectId, gapId, now);
        }

        db.LeadActivities.Add(LeadActivity.Record(lead.Id, ActivityKind.Meeting, meeting.OccurredAt, TimelineText(meeting), false, Actor, meeting.MeetingId, now));
        Advance(lead, meeting, now, announce: !created);
        logger.LogInformation("Expo meeting {MeetingId} of event {EventId} {Action} lead {LeadId}", meeting.MeetingId, meeting.EventId, created ? "created" : "joined", lead.Id);
    }

    private Lead Create(ExpoMeetingOutcome meeting, Guid organisationId, Guid? projectId, Guid? gapId, DateTimeOffset now)
    {
        var today = PlausibleDates.TodayInChina(now);
        var draft = new LeadDraft(
            organisationId,
            meeting.TownId,
            projectId,
            gapId,
            LeadSource.ExpoMeeting,
            meeting.InvestorUserId,
            null,
            null,
            $"展会洽谈 Expo meeting: {meeting.EventName}",
            null,
            ExpoMeetingSteps.NextActionFor(meeting.NextStep),
            today.AddDays(ExpoMeetingSteps.FollowUpDays));
        var lead = Lead.Create(draft, Actor, now);
        db.Leads.Add(lead);
        outbox.Add(new LeadCreated(
            lead.Id, lead.InvestorUserId ?? Guid.Empty, lead.TownId, LeadStageKeys.Of(lead.Stage), lead.CreatedAt, lead.OrganisationId, lead.ProjectId, lead.GapId,
            LeadSourceKeys.Of(lead.Source), lead.OwnerId, meeting.EventId, meeting.MeetingId));
        return lead;
    }

    // A lead created in the same transaction is announced by its LeadCreated (naming the meeting); its first move needs no second.
    private void Advance(Lead lead, ExpoMeetingOutcome meeting, DateTimeOffset now, bool announce)
    {
        if (ExpoMeetingSteps.Advance(lead.Stage, lead.ExpectedAmountFen, meeting.NextStep, PlausibleDates.TodayInChina(now)) is not { } move)
        {
            return;
        }

        var from = lead.Stage;
        lead.MoveTo(move.To, move.Fields, Actor, now);
        outbox.Add(new LeadStageChanged(
            lead.Id, lead.TownId, lead.OrganisationId, lead.ProjectId, lead.GapId, LeadStageKeys.Of(from), LeadStageKeys.Of(lead.Stage), lead.ExpectedAmountFen, null, Actor, lead.Version, now,
            LeadSourceKeys.Of(lead.Source), announce ? meeting.EventId : null, announce ? meeting.MeetingId : null));
        logger.LogInformation("Expo meeting {MeetingId} moved lead {LeadId} from {From} to {To}", meeting.MeetingId, lead.Id, from, lead.Stage);
    }

    // A project or gap the directory does not know as the town's (or that takes no leads) is left off: the lead is the town's either way.
    private async Task<(Guid? ProjectId, Guid? GapId)> OfTownAsync(ExpoMeetingOutcome meeting, CancellationToken cancellationToken)
    {
        var project = meeting.ProjectId is { } p && await db.ProjectDirectory.AnyAsync(e => e.ProjectId == p && e.TownId == meeting.TownId && e.Status != "withdrawn" && e.Status != "draft", cancellationToken) ? meeting.ProjectId : null;
        var gap = meeting.GapId is { } g && await db.GapDirectory.AnyAsync(e => e.GapId == g && e.TownId == meeting.TownId && e.Status != "withdrawn", cancellationToken) ? meeting.GapId : null;
        return (project, gap);
    }

    private static string TimelineText(ExpoMeetingOutcome meeting) =>
        $"展会洽谈 Expo meeting at {meeting.EventName}: {string.Join(", ", meeting.PartyNames)} (next step: {meeting.NextStep})";
}
