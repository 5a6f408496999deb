using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// Nobody registers as admin: the first admin comes from configuration (a secret in
/// production), created once if absent.
/// </summary>
public static class AdminBootstrapper
{
    public static async Task BootstrapAdminAsync(this IHost host)
    {
        using var scope = host.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<AuthOptions>>().Value;
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<AuthOptions>>();
        if (string.IsNullOrWhiteSpace(options.BootstrapAdminEmail) || string.IsNullOrWhiteSpace(options.BootstrapAdminPassword))
        {
            logger.LogWarning("No bootstrap admin configured (Auth:BootstrapAdminEmail, Auth:BootstrapAdminPassword)");
            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(options.BootstrapAdminEmail) is not null)
        {
            return;
        }

        var admin = new ApplicationUser
        {
            Id = Guid.CreateVersion7(),
            UserName = options.BootstrapAdminEmail,
            Email = options.BootstrapAdminEmail,
            AccountRole = Roles.Admin,
            Status = AccountStatus.Active,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var result = await users.CreateAsync(admin, options.BootstrapAdminPassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The bootstrap admin could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        logger.LogInformation("Bootstrap admin {Email} created", admin.Email);
    }
}
