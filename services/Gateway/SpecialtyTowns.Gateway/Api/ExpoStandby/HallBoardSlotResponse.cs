namespace SpecialtyTowns.Gateway.Api.ExpoStandby;

public sealed record HallBoardSlotResponse(string Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
