namespace SpecialtyTowns.Gateway.Api.ExpoStandby;

public sealed record DaySettingsResponse(string EventId, int NoShowAfterMinutes, int StandbyOfferSeconds, int PendingTooLongHours);
