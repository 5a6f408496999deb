namespace SpecialtyTowns.Gateway.Web.ExpoAgenda;

/// <summary>The agenda page's feed form: the button pressed names the action (create, which also rotates, or revoke).</summary>
public sealed class FeedInput
{
    public const string Create = "create";
    public const string Revoke = "revoke";

    public string? RequestId { get; set; }

    public string? Action { get; set; }

    public static FeedInput New() => new() { RequestId = Guid.NewGuid().ToString() };
}
