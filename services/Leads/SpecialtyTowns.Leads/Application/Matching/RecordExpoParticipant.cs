using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Domain.Expo;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>
/// Keeps the expo participants Expo told of, and scores a newly approved one against the event's other
/// approved participants with the matching engine (<see cref="ExpoPairs"/>: investor organisations against
/// towns and enterprises), publishing the scores in <see cref="ExpoMatchesScored"/> with the change.
/// Expo offers a place freed by a no-show to the best two-sided match first.
/// </summary>
public sealed class RecordExpoParticipant(LeadsDbContext db, IMatchQueries matches, IOutbox outbox, TimeProvider clock, ILogger<RecordExpoParticipant> logger)
{
    public async Task DecidedAsync(Guid eventId, Guid participantId, string kind, Guid subjectId, Guid? organisationId, bool approved, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var participant = await FindOrAddAsync(eventId, participantId, kind, subjectId, organisationId, now, cancellationToken);
        participant.Decide(approved, organisationId, now);
        if (!participant.Active)
        {
            return;
        }

        var others = await db.ExpoParticipants.AsNoTracking()
            .Where(p => p.EventId == eventId && p.ParticipantId != participantId && p.Approved && !p.Withdrawn)
            .ToListAsync(cancellationToken);
        var scores = new List<ExpoMatchScore>();
        foreach (var other in others)
        {
            if (ExpoPairs.Split(participant, other) is not { } pair || await BestAsync(pair.Investor, pair.Host, cancellationToken) is not { } best)
            {
                continue;
            }

            var (reason, reasonEn) = ExpoPairs.Reason(best);
            scores.Add(new ExpoMatchScore(participantId, other.ParticipantId, Math.Round(best.Score * 100, 1), reason, reasonEn));
        }

        logger.LogInformation("Expo participant {ParticipantId} of event {EventId} scored against {Count} others", participantId, eventId, scores.Count);
        if (scores.Count > 0)
        {
            outbox.Add(new ExpoMatchesScored(eventId, participantId, scores, now));
        }
    }

    public async Task WithdrewAsync(Guid eventId, Guid participantId, string kind, Guid subjectId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var participant = await FindOrAddAsync(eventId, participantId, kind, subjectId, null, now, cancellationToken);
        participant.Withdraw(now);
    }

    private async Task<ExpoParticipant> FindOrAddAsync(Guid eventId, Guid participantId, string kind, Guid subjectId, Guid? organisationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var participant = await db.ExpoParticipants.SingleOrDefaultAsync(p => p.ParticipantId == participantId, cancellationToken);
        if (participant is null)
        {
            participant = ExpoParticipant.Of(participantId, eventId, kind, subjectId, organisationId, now);
            db.ExpoParticipants.Add(participant);
        }

        return participant;
    }

    /// <summary>The pair's match: the town as a whole, or the enterprise's best open chain gap; null when the engine knows neither.</summary>
    private async Task<MatchResult?> BestAsync(ExpoParticipant investor, ExpoParticipant host, CancellationToken cancellationToken)
    {
        var organisation = investor.OrganisationId!.Value;
        if (host.Kind == ExpoPairs.Town)
        {
            return matches.Score(organisation, OfferKind.Town, host.SubjectId);
        }

        var gaps = await db.GapDirectory.AsNoTracking().Where(g => g.EnterpriseId == host.SubjectId).Select(g => g.GapId).ToListAsync(cancellationToken);
        return gaps.Select(gap => matches.Score(organisation, OfferKind.Gap, gap)).OfType<MatchResult>().MaxBy(r => r.Score);
    }
}
