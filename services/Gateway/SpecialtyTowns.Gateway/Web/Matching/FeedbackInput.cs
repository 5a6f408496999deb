namespace SpecialtyTowns.Gateway.Web.Matching;

/// <summary>A feedback form as posted: the request id (a repeated post acts once) and the pressed button's value.</summary>
public sealed class FeedbackInput
{
    public string? RequestId { get; set; }

    public string? Press { get; set; }

    public static FeedbackInput New() => new() { RequestId = Guid.NewGuid().ToString() };
}
