namespace SpecialtyTowns.Gateway.Web.Forms;

/// <summary>The sign-up form as posted; ids stay text so a mistyped one is shown back at its field.</summary>
public sealed class RegisterInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? Role { get; set; }

    public string? TownId { get; set; }

    public string? EnterpriseId { get; set; }
}
