using System.Linq.Expressions;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Enterprises.Domain.Gaps;

/// <summary>
/// Who may do what with a gap. "Gaps are edited by whoever posted them": a town's gap by the town's
/// account, an enterprise's gap by the enterprise's account (not by its town, although the town edits
/// the enterprise's profile: the gap is the enterprise's own request), and admins everything.
/// The town of an enterprise's gap still sees it when withdrawn, as it answers for its chain.
/// </summary>
public static class GapOwnership
{
    /// <summary>Edits the content and moves the status.</summary>
    public static bool MayEdit(Caller caller, Guid townId, Guid? enterpriseId) =>
        caller.IsAdmin || (enterpriseId is { } enterprise ? caller.IsEnterprise(enterprise) : caller.IsTown(townId));

    /// <summary>Sees it whatever its status (withdrawn ones too) and reads its history.</summary>
    public static bool MaySeeAll(Caller caller, Guid townId, Guid? enterpriseId) =>
        caller.IsAdmin || caller.IsTown(townId) || (enterpriseId is { } enterprise && caller.IsEnterprise(enterprise));

    public static bool MaySee(Caller caller, ChainGap gap) =>
        GapLifecycle.IsPublic(gap.Status) || MaySeeAll(caller, gap.TownId, gap.EnterpriseId);

    /// <summary>The same rule as <see cref="MaySee(Caller, ChainGap)"/>, as a filter a list query can run in the database.</summary>
    public static Expression<Func<ChainGap, bool>> VisibleTo(Caller caller)
    {
        var admin = caller.IsAdmin;
        Guid? town = caller.Role == Roles.Town ? caller.TownId : null;
        Guid? enterprise = caller.Role == Roles.Enterprise ? caller.EnterpriseId : null;
        return g => g.Status != GapStatus.Withdrawn || admin || (town != null && g.TownId == town) || (enterprise != null && g.EnterpriseId == enterprise);
    }

    public static bool MayEdit(Caller caller, ChainGap gap) => MayEdit(caller, gap.TownId, gap.EnterpriseId);

    /// <summary>
    /// Who posts for whom: a town for itself (naming no town or its own), an admin for the town it names
    /// (as the town), an enterprise for itself in its own town (<paramref name="enterpriseTownId"/>,
    /// looked up by the caller). Null when the caller may not post there.
    /// </summary>
    public static GapPoster? PosterFor(Caller caller, Guid? requestedTownId, Guid? enterpriseTownId) => caller switch
    {
        { IsAdmin: true } when requestedTownId is { } town => new GapPoster(town, null),
        { Role: Roles.Town, TownId: { } own } when requestedTownId is null || requestedTownId == own => new GapPoster(own, null),
        { Role: Roles.Enterprise, EnterpriseId: { } enterprise } when enterpriseTownId is { } town
            && (requestedTownId is null || requestedTownId == town) => new GapPoster(town, enterprise),
        _ => null,
    };
}
