using Microsoft.AspNetCore.Identity;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// Approving and rejecting accounts, for the REST API and the approvals page alike: admins decide
/// on every pending account; a town on the enterprise accounts of its own enterprises. An account
/// a caller may not decide on answers as a missing one, so its existence is not told.
/// </summary>
public sealed class AccountDecisions(UserManager<ApplicationUser> users, TimeProvider clock, ILogger<AccountDecisions> logger)
{
    public const string NotFoundTitle = "No such account awaits your decision";

    /// <param name="decision"><see cref="AccountStatus.Active"/> to approve, <see cref="AccountStatus.Rejected"/> to reject.</param>
    public async Task<AccountDecision> DecideAsync(Caller caller, Guid accountId, AccountStatus decision)
    {
        if (decision == AccountStatus.Pending)
        {
            throw new ArgumentOutOfRangeException(nameof(decision), decision, "A decision approves or rejects");
        }

        var user = await users.FindByIdAsync(accountId.ToString());
        if (user is null || !MayDecide(caller, user))
        {
            return new AccountDecision(DecisionOutcome.NotFound, null);
        }

        if (user.Status != AccountStatus.Pending)
        {
            return new AccountDecision(DecisionOutcome.AlreadyDecided, user);
        }

        user.Status = decision;
        user.DecidedBy = caller.UserId;
        user.DecidedAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        logger.LogInformation("Account {UserId} set to {Status} by {DecidedBy}", user.Id, decision, caller.UserId);
        return new AccountDecision(DecisionOutcome.Decided, user);
    }

    public static bool MayDecide(Caller caller, ApplicationUser user) =>
        caller.IsAdmin || (user.AccountRole == Roles.Enterprise && user.EnterpriseTownId is { } town && caller.IsTown(town));
}
