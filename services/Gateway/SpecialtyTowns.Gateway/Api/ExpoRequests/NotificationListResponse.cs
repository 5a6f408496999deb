namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

public sealed record NotificationListResponse(string ParticipantId, int Unread, IReadOnlyList<NotificationResponse> Items);
