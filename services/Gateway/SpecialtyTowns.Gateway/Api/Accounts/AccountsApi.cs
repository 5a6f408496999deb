using Microsoft.AspNetCore.Identity;
using SpecialtyTowns.Gateway.Identity;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Accounts;

/// <summary>
/// Approving accounts: admins decide on every pending account; a town decides on the
/// enterprise accounts of its own enterprises. Accounts a caller may not decide on are
/// answered as missing.
/// </summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/accounts").WithTags("Accounts")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Admin, Roles.Town));
        group.MapGet("/pending", ListPendingAsync).WithName("ListPendingAccounts").Produces<IReadOnlyList<AccountResponse>>();
        group.MapPost("/{id:guid}/approve", (Guid id, HttpContext http, UserManager<ApplicationUser> users, TimeProvider clock)
            => DecideAsync(id, AccountStatus.Active, http, users, clock)).WithName("ApproveAccount")
            .Produces<AccountResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/reject", (Guid id, HttpContext http, UserManager<ApplicationUser> users, TimeProvider clock)
            => DecideAsync(id, AccountStatus.Rejected, http, users, clock)).WithName("RejectAccount")
            .Produces<AccountResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IReadOnlyList<AccountResponse>> ListPendingAsync(HttpContext http, PendingAccounts pending, CancellationToken cancellationToken)
    {
        var accounts = await pending.VisibleToAsync(http.User.ToCaller(), cancellationToken);
        return accounts.Select(AccountResponse.From).ToList();
    }

    private static async Task<IResult> DecideAsync(Guid id, AccountStatus decision, HttpContext http, UserManager<ApplicationUser> users, TimeProvider clock)
    {
        var caller = http.User.ToCaller();
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null || !MayDecide(caller, user))
        {
            return Results.Problem(title: "No such account awaits your decision", statusCode: StatusCodes.Status404NotFound);
        }

        if (user.Status != AccountStatus.Pending)
        {
            return Results.Problem(title: $"The account is already {user.Status.ToString().ToLowerInvariant()}", statusCode: StatusCodes.Status409Conflict);
        }

        user.Status = decision;
        user.DecidedBy = caller.UserId;
        user.DecidedAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        return Results.Ok(AccountResponse.From(user));
    }

    private static bool MayDecide(Caller caller, ApplicationUser user) =>
        caller.IsAdmin || (user.AccountRole == Roles.Enterprise && user.EnterpriseTownId is { } town && caller.IsTown(town));
}
