namespace SpecialtyTowns.Expo.Application.Registration;

public sealed record AvailabilityResult(IReadOnlyList<Guid> UnavailableSlotIds, IReadOnlyList<Guid> UnplacedMeetingIds);
