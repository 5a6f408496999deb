namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

public sealed record NotificationResponse(string Id, string Kind, string? RequestId, string? MeetingId, IReadOnlyDictionary<string, string> Data, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
