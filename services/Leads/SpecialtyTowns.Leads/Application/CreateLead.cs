using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Leads.Infrastructure.Configurations;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// An investor registers interest for its organisation, or a town (or an admin) enters a lead it met
/// offline. The project or gap must be the town's; a second open lead for the same organisation, town,
/// project and gap is refused (rule <see cref="DuplicateRule"/>) pointing to the existing one.
/// </summary>
public sealed class CreateLead(
    LeadsDbContext db,
    IOutbox outbox,
    IIdempotency idempotency,
    CallerOrganisation organisations,
    TownEnteredOrganisations townEntered,
    LeadDirectory directory,
    TimeProvider clock)
{
    public const string DuplicateRule = "lead-duplicate";

    /// <summary>What an investor's lead starts with: the town's first move is to get in touch.</summary>
    private const string FirstContact = "联系投资方 Contact the investor";

    private const int FirstContactDays = 3;

    public async Task<Lead> ExecuteAsync(CreateLeadCommand command, Caller caller, CancellationToken cancellationToken)
    {
        EnsureMayCreate(command, caller);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var id = await idempotency.ExecuteAsync(caller, nameof(CreateLead), command, ct => CreateAsync(command, caller, ct), cancellationToken);
                return await db.Leads.AsNoTracking().SingleAsync(l => l.Id == id, cancellationToken);
            }
            catch (Exception exception) when (UniqueIndexViolation.IndexOf(exception) == LeadConfiguration.OpenKeyIndex)
            {
                // Two creates raced past the check: the unique open key let exactly one win.
                db.ChangeTracker.Clear();
                var openKey = await OpenKeyOfAsync(command, caller, cancellationToken);
                throw (Exception?)await DuplicateAsync(openKey, cancellationToken) ?? new ConflictException("An open lead for this organisation and town was created at the same time");
            }
            catch (Exception exception) when (attempt == 1 && UniqueIndexViolation.IndexOf(exception) is InvestorOrganisationConfiguration.NormalisedNameIndex or InvestorOrganisationConfiguration.CreditCodeIndex)
            {
                // Two towns entered the same new organisation at once: the second attempt matches the winner's.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// The same rules inside the caller's own unit of work (a recommendation's express-interest): adds the
    /// lead and LeadCreated without saving; a second open lead is refused as by <see cref="ExecuteAsync"/>.
    /// </summary>
    public Task<Guid> AddAsync(CreateLeadCommand command, Caller caller, CancellationToken cancellationToken)
    {
        EnsureMayCreate(command, caller);
        return CreateAsync(command, caller, cancellationToken);
    }

    private static void EnsureMayCreate(CreateLeadCommand command, Caller caller)
    {
        caller.RequireRole(Roles.Investor, Roles.Town, Roles.Admin);
        if (caller.Role == Roles.Town && caller.TownId != command.TownId)
        {
            throw new ForbiddenException("A town account enters leads for its own town only");
        }
    }

    private async Task<Guid> CreateAsync(CreateLeadCommand command, Caller caller, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = PlausibleDates.TodayInChina(now);
        if (!await db.TownDirectory.AnyAsync(t => t.TownId == command.TownId, ct))
        {
            throw new BusinessRuleException("lead-town-known", $"Town {command.TownId} is not (yet) known to the marketplace");
        }

        await directory.EnsureOfTownAsync(command.TownId, command.ProjectId, command.GapId, ct);
        StagePlausibility.EnsureAmount("expected_amount_fen", command.ExpectedAmountFen, allowZero: true);
        LeadDraft draft;
        if (caller.Role == Roles.Investor)
        {
            var organisationId = await organisations.FindAsync(caller, ct)
                ?? throw new BusinessRuleException("investor-organisation-required", "Save your organisation's profile (PUT /api/v1/investors/me) before registering interest");
            draft = new LeadDraft(organisationId, command.TownId, command.ProjectId, command.GapId, command.Source ?? LeadSource.Inbound, caller.UserId, null, null, command.Message, command.ExpectedAmountFen, FirstContact, today.AddDays(FirstContactDays));
        }
        else
        {
            StagePlausibility.EnsureDue("next_action_due", command.NextActionDue, today);
            StageRequirements.EnsureComplete(LeadStage.Lead, new StageFields { NextAction = command.NextAction, NextActionDue = command.NextActionDue });
            var organisation = await townEntered.ResolveAsync(command, command.TownId, now, ct);
            var ownerId = command.OwnerId ?? (caller.Role == Roles.Town ? caller.UserId : null);
            draft = new LeadDraft(organisation.Id, command.TownId, command.ProjectId, command.GapId, command.Source ?? LeadSource.Referral, null, ownerId, command.OwnerName?.Trim(), command.Message, command.ExpectedAmountFen, command.NextAction!.Trim(), command.NextActionDue);
        }

        var lead = Lead.Create(draft, caller.Subject, now);
        if (await DuplicateAsync(lead.OpenKey!, ct) is { } duplicate)
        {
            throw duplicate;
        }

        db.Leads.Add(lead);
        outbox.Add(new LeadCreated(lead.Id, lead.InvestorUserId ?? Guid.Empty, lead.TownId, LeadStageKeys.Of(lead.Stage), lead.CreatedAt, lead.OrganisationId, lead.ProjectId, lead.GapId, LeadSourceKeys.Of(lead.Source), lead.OwnerId));
        return lead.Id;
    }

    private async Task<BusinessRuleException?> DuplicateAsync(string openKey, CancellationToken ct)
    {
        var existing = await db.Leads.AsNoTracking().Where(l => l.OpenKey == openKey).Select(l => (Guid?)l.Id).SingleOrDefaultAsync(ct);
        return existing is { } id
            ? new BusinessRuleException(DuplicateRule, $"An open lead for this organisation, town and project exists already: {id}")
            {
                Metadata = new Dictionary<string, string> { ["existingLeadId"] = id.ToString() },
            }
            : null;
    }

    // The key the losing create would have had; its organisation is known by now (the winner made or matched it).
    private async Task<string> OpenKeyOfAsync(CreateLeadCommand command, Caller caller, CancellationToken ct)
    {
        Guid organisationId;
        if (caller.Role == Roles.Investor)
        {
            organisationId = await db.OrganisationMembers.AsNoTracking().Where(m => m.UserId == caller.UserId).Select(m => m.OrganisationId).SingleAsync(ct);
        }
        else
        {
            db.ChangeTracker.Clear();
            organisationId = command.OrganisationId ?? (await townEntered.ResolveAsync(command, command.TownId, clock.GetUtcNow(), ct)).Id;
            db.ChangeTracker.Clear();
        }

        return Lead.OpenKeyFor(organisationId, command.TownId, command.ProjectId, command.GapId);
    }
}
