namespace SpecialtyTowns.Gateway.Api.ExpoAgenda;

/// <summary>A new feed: its secret URL (answered this once), the same as webcal:// for calendar apps.</summary>
public sealed record CalendarFeedResponse(string FeedId, string Url, string WebcalUrl, DateTimeOffset CreatedAt);
