namespace SpecialtyTowns.Gateway.Web.Forms;

/// <summary>The sign-in form as posted.</summary>
public sealed class LoginInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
