namespace SpecialtyTowns.Gateway.Api.ExpoStandby;

/// <summary>Minutes after a meeting's start at which a party not checked in is a provisional no-show (1-240), seconds a standby candidate has to answer (10-3600), hours after which a pending request counts as pending too long (1-720).</summary>
public sealed record DaySettingsBody(int? NoShowAfterMinutes, int? StandbyOfferSeconds, int? PendingTooLongHours);
