namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>The slot after the change (null when deleted) and the meetings taken out of it.</summary>
public sealed record SlotChangeResult(Guid? SlotId, IReadOnlyList<Guid> UnplacedMeetingIds);
