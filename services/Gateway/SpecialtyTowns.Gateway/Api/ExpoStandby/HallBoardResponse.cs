namespace SpecialtyTowns.Gateway.Api.ExpoStandby;

/// <summary>The meetings of the slots running now with each party's attendance, and the open standby offers.</summary>
public sealed record HallBoardResponse(
    string EventId,
    string TimeZone,
    DateTimeOffset Now,
    IReadOnlyList<HallBoardSlotResponse> Slots,
    IReadOnlyList<HallBoardMeetingResponse> Meetings,
    IReadOnlyList<StandbyOfferResponse> OpenOffers,
    int CheckedInAtVenue);
