using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Infrastructure.Configurations;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application.Investors;

/// <summary>
/// The refusals of saving an organisation, each a named rule: another account's organisation has
/// this credit code or name (409), or the caller's own organisation changed meanwhile (412). The
/// unique indexes and the version column decide under a race; their violations mean the same.
/// </summary>
public static class OrganisationConflicts
{
    /// <summary>The organisation of this credit code or name belongs to another account.</summary>
    public const string ClaimedRule = "organisation-claimed";

    /// <summary>Renaming (or re-coding) the caller's organisation would make it another one already known.</summary>
    public const string DuplicateRule = "organisation-duplicate";

    /// <summary>A town entered an organisation of this name; taking it over needs the credit code the town recorded.</summary>
    public const string UnverifiedRule = "organisation-claim-unverified";

    public const string StaleRule = "stale-version";

    private const string MembersKey = "PK_organisation_members";

    public static BusinessRuleException Claimed() => new(
        ClaimedRule,
        "An organisation of this unified social credit code or name already belongs to another account; ask its accounts to add you, or check the name and code",
        ["unified_social_credit_code", "name"]);

    public static BusinessRuleException Unverified() => new(
        UnverifiedRule,
        "A town already entered an organisation of this name; to take it over, give the unified social credit code the town recorded (an organisation it entered without one is taken over by an admin)",
        ["unified_social_credit_code"]);

    public static BusinessRuleException Duplicate() => new(
        DuplicateRule,
        "Another organisation already has this unified social credit code or name",
        ["unified_social_credit_code", "name"]);

    public static BusinessRuleException Stale(string detail) => new(StaleRule, detail);

    /// <summary>What a failed save means, or null when it is no conflict.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="firstSave">Whether the save created or claimed the organisation (else it edited the caller's own).</param>
    public static BusinessRuleException? Explain(Exception exception, bool firstSave)
    {
        if (exception is DbUpdateConcurrencyException)
        {
            // A town-entered organisation claimed by two accounts at once, or an edit raced by another edit.
            return firstSave ? Claimed() : Stale("The organisation was changed by someone else at the same time; reload it and try again");
        }

        return UniqueIndexViolation.IndexOf(exception) is { } constraint ? constraint switch
        {
            MembersKey => Stale("The account saved its organisation at the same time; reload it and try again"),
            InvestorOrganisationConfiguration.CreditCodeIndex or InvestorOrganisationConfiguration.NormalisedNameIndex => firstSave ? Claimed() : Duplicate(),
            _ => null,
        } : null;
    }
}
