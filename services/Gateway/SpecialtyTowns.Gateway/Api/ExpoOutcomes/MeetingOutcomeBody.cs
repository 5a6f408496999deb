namespace SpecialtyTowns.Gateway.Api.ExpoOutcomes;

/// <summary>
/// A party's outcome of a meeting: whether it was held, a rating of 1 to 5 (held meetings only), the next
/// step (none, follow-up, site-visit, negotiation, intent-to-sign) and a note.
/// </summary>
public sealed record MeetingOutcomeBody(bool? Held, int? Rating, string? NextStep, string? Note);
