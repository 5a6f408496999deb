using Microsoft.AspNetCore.Identity;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>An account: one role, and the town or enterprise it acts for where the role needs one.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public string AccountRole { get; set; } = string.Empty;

    public AccountStatus Status { get; set; }

    public Guid? TownId { get; set; }

    public Guid? EnterpriseId { get; set; }

    /// <summary>The town of the enterprise an enterprise account acts for: that town may approve it.</summary>
    public Guid? EnterpriseTownId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
