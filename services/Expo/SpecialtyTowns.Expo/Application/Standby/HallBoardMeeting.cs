namespace SpecialtyTowns.Expo.Application.Standby;

/// <param name="Standby">The meeting took a place freed by a no-show.</param>
public sealed record HallBoardMeeting(Guid Id, Guid SlotId, Guid TableId, string TableLabel, string HallName, string Status, bool Standby, IReadOnlyList<HallBoardParty> Parties);
