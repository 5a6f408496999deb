namespace SpecialtyTowns.Gateway.Api.ExpoStandby;

/// <param name="Standby">The meeting took a place freed by a no-show.</param>
public sealed record HallBoardMeetingResponse(string Id, string SlotId, string TableId, string TableLabel, string HallName, string Status, bool Standby, IReadOnlyList<HallBoardPartyResponse> Parties);
