namespace SpecialtyTowns.Gateway.Web.Forms;

/// <summary>The approvals form as posted: the pressed button's value, "approve:{id}" or "reject:{id}".</summary>
public sealed class DecisionInput
{
    public const string Approve = "approve";
    public const string Reject = "reject";

    public string? Verdict { get; set; }

    public static string ValueFor(string verdict, Guid accountId) => verdict + ":" + accountId;

    /// <summary>The decision and account the button named, or null when the value is not one a button sends.</summary>
    public (bool Approve, Guid AccountId)? Parse()
    {
        var parts = Verdict?.Split(':') ?? [];
        return parts.Length == 2 && parts[0] is Approve or Reject && Guid.TryParse(parts[1], out var id)
            ? (parts[0] == Approve, id)
            : null;
    }
}
