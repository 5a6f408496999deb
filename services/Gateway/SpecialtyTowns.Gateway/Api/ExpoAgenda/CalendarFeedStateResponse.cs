namespace SpecialtyTowns.Gateway.Api.ExpoAgenda;

/// <summary>Whether the participant has a live feed (its URL is shown only once, when issued).</summary>
public sealed record CalendarFeedStateResponse(bool Live, DateTimeOffset? CreatedAt);
