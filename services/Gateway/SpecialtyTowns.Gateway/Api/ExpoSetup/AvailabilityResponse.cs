namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

public sealed record AvailabilityResponse(IReadOnlyList<string> UnavailableSlotIds, IReadOnlyList<string> UnplacedMeetingIds);
