namespace SpecialtyTowns.Expo.Application.Standby;

public sealed record HallBoardSlot(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
