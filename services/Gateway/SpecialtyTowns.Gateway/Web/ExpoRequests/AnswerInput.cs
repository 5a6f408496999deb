namespace SpecialtyTowns.Gateway.Web.ExpoRequests;

/// <summary>One answer to a request from the inbox: accept, decline, cancel or counter, with a reason or note.</summary>
public sealed class AnswerInput
{
    public string? RequestId { get; set; }

    public string? Action { get; set; }

    public string? Reason { get; set; }

    public string? ProposedSlotId { get; set; }

    public string? InterpreterLanguage { get; set; }
}
