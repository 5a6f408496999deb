using SpecialtyTowns.SharedKernel.Identifiers;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application;

/// <summary>
/// The credit code is unique everywhere, the name within a town. Checked before saving for a clear
/// answer; the unique indexes decide under a race, and their violation is answered the same way.
/// </summary>
public static class EnterpriseUniqueness
{
    public const string CodeField = "profile.unified_social_credit_code";
    public const string NameField = "profile.name";

    public static async Task RequireFreeAsync(EnterprisesDbContext db, Guid townId, EnterpriseProfile profile, Guid? self, CancellationToken cancellationToken)
    {
        if (profile.UnifiedSocialCreditCode is { } code
            && await db.Enterprises.AnyAsync(e => e.UnifiedSocialCreditCode == code && e.Id != self, cancellationToken))
        {
            throw CodeTaken();
        }

        if (await db.Enterprises.AnyAsync(e => e.TownId == townId && e.Name == profile.Name && e.Id != self, cancellationToken))
        {
            throw NameTaken();
        }
    }

    /// <summary>The conflict a unique index violation means, or null when it is no such violation.</summary>
    public static ConflictException? Explain(Exception exception) => UniqueIndexViolation.IndexOf(exception) switch
    {
        UniqueIndexViolation.EnterpriseCreditCode => CodeTaken(),
        UniqueIndexViolation.EnterpriseTownName => NameTaken(),
        _ => null,
    };

    private static ConflictException CodeTaken() =>
        new($"{CodeField}: an enterprise with this unified social credit code is registered already");

    private static ConflictException NameTaken() =>
        new($"{NameField}: the town has an enterprise of this name already");
}
