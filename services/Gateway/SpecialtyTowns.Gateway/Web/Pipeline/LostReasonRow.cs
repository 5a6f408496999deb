namespace SpecialtyTowns.Gateway.Web.Pipeline;

/// <summary>One row of the lost-reasons editor; a new row has no key (the service gives it one).</summary>
public sealed class LostReasonRow
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public bool Retired { get; set; }
}
