namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

/// <summary>A decline's or cancellation's reason (optional; accept needs no body).</summary>
public sealed record AnswerBody(string? Reason);
