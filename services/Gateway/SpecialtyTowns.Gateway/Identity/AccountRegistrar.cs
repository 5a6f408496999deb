using Grpc.Core;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// Creates accounts, for POST /api/v1/auth/register and the sign-up page alike. Investors act at
/// once; town, enterprise and organizer accounts wait for approval. The town or enterprise acted
/// for must exist.
/// </summary>
public sealed class AccountRegistrar(
    UserManager<ApplicationUser> users,
    GatewayDbContext db,
    TownsService.TownsServiceClient towns,
    EnterprisesService.EnterprisesServiceClient enterprises,
    TimeProvider clock,
    ILogger<AccountRegistrar> logger)
{
    private const string DuplicateEmail = nameof(IdentityErrorDescriber.DuplicateEmail);
    private const string DuplicateUserName = nameof(IdentityErrorDescriber.DuplicateUserName);

    /// <summary>Checks what was sent and creates the account; the REST API and the sign-up page answer from the outcome.</summary>
    public async Task<RegistrationOutcome> RegisterAsync(string? email, string? password, string? role, Guid? townId, Guid? enterpriseId, CancellationToken cancellationToken)
    {
        email = RegistrationRules.NormalizeEmail(email);
        var problems = RegistrationRules.FormProblems(email, password, role);
        if (problems.HasErrors)
        {
            return RegistrationOutcome.Refused(problems);
        }

        return await RegisterCheckedAsync(email, password!, role!, townId, enterpriseId, cancellationToken);
    }

    private async Task<RegistrationOutcome> RegisterCheckedAsync(string email, string password, string role, Guid? townId, Guid? enterpriseId, CancellationToken cancellationToken)
    {
        var problems = new RequestProblems();
        Guid? enterpriseTownId = null;
        switch (role)
        {
            case Roles.Town when townId is null:
                problems.Add("townId", "is required for a town account");
                break;
            case Roles.Town when !await TownExistsAsync(townId.Value, cancellationToken):
                problems.Add("townId", "no such town");
                break;
            case Roles.Enterprise when enterpriseId is null:
                problems.Add("enterpriseId", "is required for an enterprise account");
                break;
            case Roles.Enterprise:
                enterpriseTownId = await EnterpriseTownAsync(enterpriseId.Value, cancellationToken);
                if (enterpriseTownId is null)
                {
                    problems.Add("enterpriseId", "no such enterprise");
                }

                break;
        }

        RegistrationRules.AddMisplacedTargets(problems, role, townId, enterpriseId);
        if (problems.HasErrors)
        {
            return RegistrationOutcome.Refused(problems);
        }

        var answer = RegistrationOutcome.Registered(email, role);
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // The same work as a new account (password judged and hashed, the uniqueness queries,
            // one committed write), so that neither the answer (a weak password is refused either
            // way) nor its time tells that the email is taken.
            var weak = await PasswordProblemsAsync(existing, password);
            if (weak.HasErrors)
            {
                return RegistrationOutcome.Refused(weak);
            }

            users.PasswordHasher.HashPassword(existing, password);
            await MirrorNewAccountWritesAsync(email, existing.Id, cancellationToken);
            logger.LogInformation("Registration for an existing email refused silently");
            return answer;
        }

        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            AccountRole = role,
            Status = answer.Status,
            TownId = role == Roles.Town ? townId : null,
            EnterpriseId = role == Roles.Enterprise ? enterpriseId : null,
            EnterpriseTownId = enterpriseTownId,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded && created.Errors.All(e => e.Code is DuplicateEmail or DuplicateUserName))
        {
            // The same email registered concurrently: answered as any existing email is.
            logger.LogInformation("Registration for an existing email refused silently");
            return answer;
        }

        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                problems.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email", error.Description);
            }

            return RegistrationOutcome.Refused(problems);
        }

        logger.LogInformation("Account {UserId} registered as {Role} ({Status})", user.Id, role, answer.Status);
        return answer;
    }

    private async Task MirrorNewAccountWritesAsync(string email, Guid existingId, CancellationToken cancellationToken)
    {
        var twin = new ApplicationUser { UserName = email, Email = email };
        foreach (var validator in users.UserValidators)
        {
            await validator.ValidateAsync(users, twin);
        }

        // Writes nothing new, but commits like the insert of a new account does.
        await db.Users.Where(u => u.Id == existingId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ConcurrencyStamp, u => u.ConcurrencyStamp), cancellationToken);
    }

    private async Task<RequestProblems> PasswordProblemsAsync(ApplicationUser user, string password)
    {
        var problems = new RequestProblems();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            foreach (var error in result.Errors)
            {
                problems.Add("password", error.Description);
            }
        }

        return problems;
    }

    private async Task<bool> TownExistsAsync(Guid townId, CancellationToken cancellationToken)
    {
        try
        {
            await towns.GetTownAsync(new GetTownRequest { Id = townId.ToString() }, cancellationToken: cancellationToken);
            return true;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return false;
        }
    }

    private async Task<Guid?> EnterpriseTownAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        try
        {
            var enterprise = await enterprises.GetEnterpriseAsync(new GetEnterpriseRequest { Id = enterpriseId.ToString() }, cancellationToken: cancellationToken);
            return Guid.Parse(enterprise.TownId);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }
}
