namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>What runs in the halls now: the running slots' meetings with each party's attendance, and the open offers.</summary>
public sealed record HallBoard(
    Guid EventId,
    string TimeZone,
    DateTimeOffset Now,
    IReadOnlyList<HallBoardSlot> Slots,
    IReadOnlyList<HallBoardMeeting> Meetings,
    IReadOnlyList<StandbyOfferView> OpenOffers,
    int CheckedInAtVenue);
