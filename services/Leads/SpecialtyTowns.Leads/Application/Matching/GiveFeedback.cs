using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>
/// Feedback on a recommended pair from either side: standing marks (save, not interested and their
/// withdrawals), express-interest (a lead, never a second open one) and request-meeting (at an expo
/// event that is not over). Every piece is logged (match_feedback) and published
/// (RecommendationFeedbackGiven) in one transaction with the change, once per request id.
/// </summary>
public sealed class GiveFeedback(
    LeadsDbContext db,
    IOutbox outbox,
    IIdempotency idempotency,
    CallerOrganisation organisations,
    MatchOffers offers,
    MatchInterest interest,
    TimeProvider clock)
{
    public async Task<FeedbackOutcome> ExecuteAsync(GiveFeedbackCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var (offer, organisationId) = await PairOfAsync(command, caller, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await idempotency.ExecuteAsync(caller, nameof(GiveFeedback), command, ct => ApplyAsync(command, caller, offer, organisationId, ct), cancellationToken);
            }
            catch (Exception exception) when (attempt == 1 && (UniqueIndexViolation.IndexOf(exception) is not null || exception is BusinessRuleException { Rule: CreateLead.DuplicateRule }))
            {
                // A concurrent twin made the same lead or mark first (caught by the unique index, or by the
                // lead rules' duplicate check once it committed): the second attempt finds it and reuses it.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(MatchOffer Offer, Guid OrganisationId)> PairOfAsync(GiveFeedbackCommand command, Caller caller, CancellationToken cancellationToken)
    {
        if (command.Side == MatchSide.Investor)
        {
            if (caller.Role != Roles.Investor)
            {
                throw new ForbiddenException("Feedback on offers is given by an investor account for its own organisation");
            }

            var own = await organisations.FindAsync(caller, cancellationToken)
                ?? throw new BusinessRuleException(RecommendForInvestor.OrganisationRule, "Save your organisation's profile (PUT /api/v1/investors/me) before giving feedback");
            return (await offers.FindAsync(command.OfferKind, command.OfferId, cancellationToken), own);
        }

        var offer = await offers.OwnedAsync(command.OfferKind, command.OfferId, caller, cancellationToken);
        var organisationId = command.OrganisationId ?? throw new InvalidValueException("item_id", "is required");
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            throw new NotFoundException("Organisation", organisationId.ToString());
        }

        return (offer, organisationId);
    }

    private async Task<FeedbackOutcome> ApplyAsync(GiveFeedbackCommand command, Caller caller, MatchOffer offer, Guid organisationId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Feedback names only a list shown to the same side about the same owner: the log trains the weights.
        if (command.ImpressionId is { } shown && !await db.MatchImpressions.AnyAsync(
                i => i.Id == shown && i.Side == command.Side && (command.Side == MatchSide.Investor ? i.OrganisationId == organisationId : i.ContextId == offer.Id),
                ct))
        {
            throw new InvalidValueException("impression_id", "names no list that was shown to you for this pair");
        }

        // One feedback on a pair at a time (a double click, two tabs): the marks read below are then the
        // committed ones, so no delete races another and a pair never ends up both saved and not interested.
        var pairKey = $"match-mark:{command.Side}:{organisationId}:{offer.Kind}:{offer.Id}";
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({pairKey}, 0))", ct);
        var marks = await db.MatchMarks
            .Where(m => m.Side == command.Side && m.OrganisationId == organisationId && m.OfferKind == offer.Kind && m.OfferId == offer.Id)
            .ToListAsync(ct);
        Guid? leadId = null;
        Guid? eventId = null;
        switch (command.Action)
        {
            case MatchFeedbackActions.NotInterested:
                Mark(marks, command.Side, organisationId, offer, MatchMarkKind.NotInterested, caller, now);
                Unmark(marks, MatchMarkKind.Saved);
                break;
            case MatchFeedbackActions.Save:
                Mark(marks, command.Side, organisationId, offer, MatchMarkKind.Saved, caller, now);
                Unmark(marks, MatchMarkKind.NotInterested);
                break;
            case MatchFeedbackActions.Unsave:
                Unmark(marks, MatchMarkKind.Saved);
                break;
            case MatchFeedbackActions.Clear:
                Unmark(marks, MatchMarkKind.NotInterested);
                break;
            case MatchFeedbackActions.ExpressInterest:
                leadId = await interest.LeadAsync(command, caller, offer, organisationId, ct);
                break;
            case MatchFeedbackActions.RequestMeeting:
                eventId = await interest.MeetingEventAsync(command.EventId, now, ct);
                break;
            default:
                throw new InvalidValueException("action", $"must be one of {string.Join(", ", MatchFeedbackActions.All)}");
        }

        var feedback = MatchFeedback.Record(
            command.Side, command.Action, organisationId, offer.Kind, offer.Id, offer.TownId, command.ImpressionId, leadId, eventId, command.Message?.Trim(), caller.Subject, now);
        db.MatchFeedback.Add(feedback);
        var side = MatchScale.SideKey(command.Side);
        var kind = OfferKindKeys.Of(offer.Kind);
        outbox.Add(new RecommendationFeedbackGiven(feedback.Id, side, command.Action, organisationId, kind, offer.Id, offer.TownId, command.ImpressionId, leadId, eventId, caller.Subject, now));
        if (eventId is { } expoEventId)
        {
            outbox.Add(new MatchMeetingRequested(feedback.Id, expoEventId, side, organisationId, kind, offer.Id, offer.TownId, feedback.Message, caller.Subject, now));
        }

        return new FeedbackOutcome(feedback.Id, command.Action, leadId, marks.Any(m => m.Mark == MatchMarkKind.Saved), marks.Any(m => m.Mark == MatchMarkKind.NotInterested));
    }

    private void Mark(List<MatchMark> marks, MatchSide side, Guid organisationId, MatchOffer offer, MatchMarkKind kind, Caller caller, DateTimeOffset now)
    {
        if (marks.Any(m => m.Mark == kind))
        {
            return;
        }

        var mark = MatchMark.Put(side, organisationId, offer.Kind, offer.Id, kind, offer.TownId, caller.Subject, now);
        db.MatchMarks.Add(mark);
        marks.Add(mark);
    }

    private void Unmark(List<MatchMark> marks, MatchMarkKind kind)
    {
        foreach (var mark in marks.Where(m => m.Mark == kind).ToList())
        {
            db.MatchMarks.Remove(mark);
            marks.Remove(mark);
        }
    }
}
