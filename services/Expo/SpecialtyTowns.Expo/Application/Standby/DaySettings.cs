namespace SpecialtyTowns.Expo.Application.Standby;

public sealed record DaySettings(Guid EventId, int NoShowAfterMinutes, int StandbyOfferSeconds, int PendingTooLongHours);
