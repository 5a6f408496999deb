namespace SpecialtyTowns.Gateway.Api.ExpoCheckIn;

public sealed record CheckInListResponse(IReadOnlyList<CheckInResponse> CheckIns, int Total, int ApprovedParticipants);
