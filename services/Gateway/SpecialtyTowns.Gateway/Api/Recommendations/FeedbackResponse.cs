namespace SpecialtyTowns.Gateway.Api.Recommendations;

/// <summary>The feedback's log id; for express-interest the lead made (or the open one found); the pair's standing marks of the caller's side.</summary>
public sealed record FeedbackResponse(string FeedbackId, string Action, string? LeadId, bool Saved, bool NotInterested);
