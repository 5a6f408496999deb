using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>The accounts awaiting a decision that a caller may make: all for admins, its enterprises' for a town.</summary>
public sealed class PendingAccounts(GatewayDbContext db)
{
    private const int Limit = 200;

    public async Task<IReadOnlyList<ApplicationUser>> VisibleToAsync(Caller caller, CancellationToken cancellationToken)
    {
        var pending = db.Users.AsNoTracking().Where(u => u.Status == AccountStatus.Pending);
        if (!caller.IsAdmin)
        {
            pending = pending.Where(u => u.AccountRole == Roles.Enterprise && u.EnterpriseTownId == caller.TownId);
        }

        return await pending.OrderBy(u => u.CreatedAt).Take(Limit).ToListAsync(cancellationToken);
    }
}
