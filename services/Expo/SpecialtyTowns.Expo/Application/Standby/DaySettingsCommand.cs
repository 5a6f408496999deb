using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>The day settings of an event: no-show minutes, the standby offer window, "pending too long".</summary>
public sealed record DaySettingsCommand(string? RequestId, Guid EventId, int NoShowAfterMinutes, int StandbyOfferSeconds, int PendingTooLongHours) : IIdempotentCommand;
