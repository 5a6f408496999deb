namespace SpecialtyTowns.Gateway.Web.Forms;

/// <summary>The lifecycle form: the button pressed names the next status.</summary>
public sealed class StatusInput
{
    public string? RequestId { get; set; }

    public string? To { get; set; }

    public string? Note { get; set; }
}
