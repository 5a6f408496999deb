namespace SpecialtyTowns.Gateway.Web.Forms;

/// <summary>A gap's lifecycle form: the button pressed names the next status; filling may name who filled it.</summary>
public sealed class GapStatusInput
{
    public string? RequestId { get; set; }

    public int ExpectedVersion { get; set; }

    public string? To { get; set; }

    public string? Note { get; set; }

    /// <summary>The enterprise that filled the gap (one of the fillers found), when filling.</summary>
    public string? FilledBy { get; set; }
}
