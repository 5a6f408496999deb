using System.Text.Json;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>Stores a served list (match_impressions) and publishes RecommendationsShown in the same transaction.</summary>
public sealed class MatchImpressions(LeadsDbContext db, IOutbox outbox, TimeProvider clock)
{
    /// <summary>The impression's id. Items are ranked in order; scores are 0-1 and stored, like the event's, as 0-100.</summary>
    public async Task<Guid> RecordAsync(ImpressionContext context, IReadOnlyList<MatchResult> results, Func<MatchResult, Guid> idOf, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<ShownRecommendation> items = [.. results.Select((r, index) => new ShownRecommendation(
            idOf(r), index + 1, MatchScale.Points(r.Score), MatchScale.Points(r.InvestorScore), MatchScale.Points(r.TownScore)))];
        var impression = MatchImpression.Shown(
            context.Side, context.List, context.OrganisationId, context.TownId, context.EnterpriseId, context.ContextId,
            JsonSerializer.Serialize(items, JsonSerializerOptions.Web), context.Actor, now);
        db.MatchImpressions.Add(impression);
        outbox.Add(new RecommendationsShown(
            impression.Id, MatchScale.SideKey(context.Side), context.List, context.OrganisationId, context.TownId, context.EnterpriseId, context.ContextId, items, now));
        await db.SaveChangesAsync(cancellationToken);
        return impression.Id;
    }
}
