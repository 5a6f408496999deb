using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>
/// What express-interest and request-meeting do beyond the log: a lead made by <see cref="CreateLead"/>'s
/// rules (the open one of the pair when it exists), and the check that the expo event is known and not over.
/// </summary>
public sealed class MatchInterest(LeadsDbContext db, CreateLead createLead, TimeProvider clock)
{
    public const string ConsentRule = "match-consent-required";

    public const string EventRule = "match-meeting-event";

    private const string InvestorMessage = "通过推荐表达投资意向 Interested through a recommendation";

    private const string TownMessage = "通过推荐联系投资方 Reaching out through a recommendation";

    private const string FirstContact = "联系投资方 Contact the investor";

    private const int FirstContactDays = 3;

    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The pair's open lead, or a new one: the investor's own, or one the town enters (the organisation must consent to be contacted).</summary>
    public async Task<Guid> LeadAsync(GiveFeedbackCommand command, Caller caller, MatchOffer offer, Guid organisationId, CancellationToken ct)
    {
        var projectId = offer.Kind == OfferKind.Project ? offer.Id : (Guid?)null;
        var gapId = offer.Kind == OfferKind.Gap ? offer.Id : (Guid?)null;
        // Refused before the open lead is looked up: an enterprise must not learn the town's lead ids.
        if (command.Side == MatchSide.Town && caller.Role == Roles.Enterprise)
        {
            throw new ForbiddenException("An enterprise saves or marks investors; the gap's town enters the lead");
        }

        var openKey = Lead.OpenKeyFor(organisationId, offer.TownId, projectId, gapId);
        if (await db.Leads.AsNoTracking().Where(l => l.OpenKey == openKey).Select(l => (Guid?)l.Id).SingleOrDefaultAsync(ct) is { } open)
        {
            return open;
        }

        var message = string.IsNullOrWhiteSpace(command.Message) ? null : command.Message.Trim();
        if (command.Side == MatchSide.Investor)
        {
            return await createLead.AddAsync(
                new CreateLeadCommand(null, offer.TownId, message ?? InvestorMessage) { ProjectId = projectId, GapId = gapId, Source = LeadSource.Recommendation }, caller, ct);
        }

        var consents = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Profile.ConsentToContact).SingleAsync(ct);
        if (!consents)
        {
            throw new BusinessRuleException(ConsentRule, "The organisation has not consented to be contacted by towns");
        }

        var today = PlausibleDates.TodayInChina(clock.GetUtcNow());
        return await createLead.AddAsync(
            new CreateLeadCommand(null, offer.TownId, message ?? TownMessage)
            {
                ProjectId = projectId,
                GapId = gapId,
                OrganisationId = organisationId,
                Source = LeadSource.Recommendation,
                NextAction = FirstContact,
                NextActionDue = today.AddDays(FirstContactDays),
            },
            caller,
            ct);
    }

    /// <summary>The expo event a meeting is requested at: known to Leads and not over (its last day has not passed where it is held).</summary>
    public async Task<Guid> MeetingEventAsync(Guid? eventId, DateTimeOffset now, CancellationToken ct)
    {
        var id = eventId ?? throw new InvalidValueException("event_id", "is required for request-meeting");
        var entry = await db.ExpoEventDirectory.AsNoTracking().SingleOrDefaultAsync(e => e.EventId == id, ct)
            ?? throw new BusinessRuleException(EventRule, $"Expo event {id} is not known to the marketplace", ["event_id"]);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(entry.TimeZone, out var found) ? found : China;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (entry.EndsOn < today)
        {
            throw new BusinessRuleException(EventRule, $"Expo event {entry.Name} ended on {entry.EndsOn:yyyy-MM-dd}: meetings are requested for events that are not over", ["event_id"]);
        }

        return id;
    }
}
