namespace SpecialtyTowns.Expo.Application.CheckIn;

public sealed record CheckInListView(IReadOnlyList<CheckInView> CheckIns, int Total, int ApprovedParticipants);
