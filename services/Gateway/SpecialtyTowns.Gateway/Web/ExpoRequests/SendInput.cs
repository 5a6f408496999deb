namespace SpecialtyTowns.Gateway.Web.ExpoRequests;

/// <summary>A new request from the inbox page: the participants asked (one or more) and a message.</summary>
public sealed class SendInput
{
    public string? RequestId { get; set; }

    public List<string> To { get; set; } = [];

    public string? Message { get; set; }
}
