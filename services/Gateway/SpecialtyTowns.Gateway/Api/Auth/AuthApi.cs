using System.Globalization;
using Microsoft.AspNetCore.Identity;
using SpecialtyTowns.Gateway.Api.Accounts;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Gateway.Identity;
using SpecialtyTowns.Gateway.RateLimiting;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Auth;

/// <summary>/api/v1/auth: register, sign in, refresh, sign out. Stable routes for outside clients.</summary>
public static class AuthApi
{
    private const string InvalidCredentials = "Invalid email or password";
    private const string TooManyFailures = "Too many failed sign-ins from this client; try again later";

    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/auth").WithTags("Auth");
        group.MapPost("/register", RegisterAsync).WithName("Register").AllowAnonymous()
            .AddEndpointFilter(MinimumAnswerTime.Of(options => options.RegistrationAnswerTime))
            .Produces<RegistrationResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapPost("/login", LoginAsync).WithName("Login").AllowAnonymous()
            .AddEndpointFilter(MinimumAnswerTime.Of(options => options.SignInAnswerTime))
            .Produces<TokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/refresh", RefreshAsync).WithName("Refresh").AllowAnonymous()
            .Produces<TokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/logout", LogoutAsync).WithName("Logout").RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent);
        group.MapGet("/me", MeAsync).WithName("Me").RequireAuthorization()
            .Produces<AccountResponse>();
        return group;
    }

    private static async Task<IResult> RegisterAsync(RegisterBody body, AccountRegistrar registrar, CancellationToken cancellationToken)
    {
        var outcome = await registrar.RegisterAsync(body.Email, body.Password, body.Role, body.TownId, body.EnterpriseId, cancellationToken);
        return outcome.Problems is { } problems
            ? problems.ToResult()
            : Results.Json(new RegistrationResponse(outcome.Email, outcome.Role, outcome.Status.ToString().ToLowerInvariant()), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> LoginAsync(
        LoginBody body,
        HttpContext http,
        PasswordSignIn signIn,
        SessionIssuer sessions,
        CancellationToken cancellationToken)
    {
        var problems = new RequestProblems();
        if (CredentialForms.PasswordProblem(body.Password) is { } passwordProblem)
        {
            problems.Add("password", passwordProblem);
        }

        // A malformed email is refused by its form alone; a well-formed one goes on to the same
        // work and the same answer whether or not it has an account.
        if (!string.IsNullOrWhiteSpace(body.Email) && CredentialForms.EmailProblem(body.Email.Trim()) is { } emailProblem)
        {
            problems.Add("email", emailProblem);
        }

        if (problems.HasErrors)
        {
            return problems.ToResult();
        }

        if (string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrEmpty(body.Password))
        {
            return Results.Problem(title: InvalidCredentials, statusCode: StatusCodes.Status401Unauthorized);
        }

        var result = await signIn.SignInAsync(body.Email.Trim(), body.Password, GatewayRateLimiter.AddressPartition(http));
        switch (result.Outcome)
        {
            case SignInOutcome.Throttled:
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(result.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return Results.Problem(title: TooManyFailures, statusCode: StatusCodes.Status429TooManyRequests);
            case SignInOutcome.InvalidCredentials:
                return Results.Problem(title: InvalidCredentials, statusCode: StatusCodes.Status401Unauthorized);
            case SignInOutcome.Pending:
                return Results.Problem(title: "The account awaits approval", statusCode: StatusCodes.Status403Forbidden);
            case SignInOutcome.Rejected:
                return Results.Problem(title: "The account was not approved", statusCode: StatusCodes.Status403Forbidden);
        }

        return Results.Ok(await sessions.StartAsync(result.User!, familyId: null, cancellationToken));
    }

    private static async Task<IResult> RefreshAsync(
        RefreshBody body,
        RefreshTokenStore refreshTokens,
        UserManager<ApplicationUser> users,
        SessionIssuer sessions,
        CancellationToken cancellationToken)
    {
        if (RefreshTokenRefused(body) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(body.RefreshToken))
        {
            return Results.Problem(title: "Invalid refresh token", statusCode: StatusCodes.Status401Unauthorized);
        }

        var outcome = await refreshTokens.RotateAsync(body.RefreshToken, cancellationToken);
        var user = outcome.Succeeded ? await users.FindByIdAsync(outcome.UserId!.Value.ToString()) : null;
        if (user is null || user.Status != AccountStatus.Active || await users.IsLockedOutAsync(user))
        {
            return Results.Problem(title: "Invalid refresh token", statusCode: StatusCodes.Status401Unauthorized);
        }

        return Results.Ok(sessions.Continue(user, outcome.NewToken!));
    }

    private static async Task<IResult> LogoutAsync(RefreshBody body, HttpContext http, RefreshTokenStore refreshTokens, CancellationToken cancellationToken)
    {
        if (RefreshTokenRefused(body) is { } refused)
        {
            return refused;
        }

        // Only the caller's own token is revoked; another user's answers like an unknown one.
        if (!string.IsNullOrWhiteSpace(body.RefreshToken) && Guid.TryParse(http.User.FindFirst(ClaimNames.Subject)?.Value, out var userId))
        {
            await refreshTokens.RevokeAsync(body.RefreshToken, userId, cancellationToken);
        }

        return Results.NoContent();
    }

    private static IResult? RefreshTokenRefused(RefreshBody body)
    {
        if (CredentialForms.RefreshTokenProblem(body.RefreshToken) is not { } tooLong)
        {
            return null;
        }

        var problems = new RequestProblems();
        problems.Add("refreshToken", tooLong);
        return problems.ToResult();
    }

    private static async Task<IResult> MeAsync(HttpContext http, UserManager<ApplicationUser> users)
    {
        var subject = http.User.FindFirst(ClaimNames.Subject)?.Value;
        var user = subject is null ? null : await users.FindByIdAsync(subject);
        return user is null ? Results.NotFound() : Results.Ok(AccountResponse.From(user));
    }
}
