using SpecialtyTowns.Gateway.Identity;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Accounts;

/// <summary>
/// Approving accounts, by the rules of <see cref="AccountDecisions"/>: admins decide on every
/// pending account; a town decides on the enterprise accounts of its own enterprises. Accounts a
/// caller may not decide on are answered as missing.
/// </summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/accounts").WithTags("Accounts")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Admin, Roles.Town));
        group.MapGet("/pending", ListPendingAsync).WithName("ListPendingAccounts").Produces<IReadOnlyList<AccountResponse>>();
        group.MapPost("/{id:guid}/approve", (Guid id, HttpContext http, AccountDecisions decisions)
            => DecideAsync(id, AccountStatus.Active, http, decisions)).WithName("ApproveAccount")
            .Produces<AccountResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/reject", (Guid id, HttpContext http, AccountDecisions decisions)
            => DecideAsync(id, AccountStatus.Rejected, http, decisions)).WithName("RejectAccount")
            .Produces<AccountResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IReadOnlyList<AccountResponse>> ListPendingAsync(HttpContext http, PendingAccounts pending, CancellationToken cancellationToken)
    {
        var accounts = await pending.VisibleToAsync(http.User.ToCaller(), cancellationToken);
        return accounts.Select(AccountResponse.From).ToList();
    }

    private static async Task<IResult> DecideAsync(Guid id, AccountStatus decision, HttpContext http, AccountDecisions decisions)
    {
        var result = await decisions.DecideAsync(http.User.ToCaller(), id, decision);
        return result.Outcome switch
        {
            DecisionOutcome.NotFound => Results.Problem(title: result.RefusalTitle, statusCode: StatusCodes.Status404NotFound),
            DecisionOutcome.AlreadyDecided => Results.Problem(title: result.RefusalTitle, statusCode: StatusCodes.Status409Conflict),
            _ => Results.Ok(AccountResponse.From(result.Account!)),
        };
    }
}
