namespace SpecialtyTowns.Expo.Application.Figures;

/// <summary>The counted figures of one event (or their sums over events).</summary>
public sealed record FigureCountsData(
    int CheckedIn,
    int ApprovedParticipants,
    int MeetingsPlaced,
    int MeetingsRunning,
    int Held,
    int NoShows,
    int ProvisionalNoShows,
    int Refilled,
    int RequestsPendingTooLong,
    int LeadsCreated,
    int DealsSigned,
    decimal CommittedYuan)
{
    public static readonly FigureCountsData Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0m);

    public FigureCountsData Plus(FigureCountsData other) => new(
        CheckedIn + other.CheckedIn,
        ApprovedParticipants + other.ApprovedParticipants,
        MeetingsPlaced + other.MeetingsPlaced,
        MeetingsRunning + other.MeetingsRunning,
        Held + other.Held,
        NoShows + other.NoShows,
        ProvisionalNoShows + other.ProvisionalNoShows,
        Refilled + other.Refilled,
        RequestsPendingTooLong + other.RequestsPendingTooLong,
        LeadsCreated + other.LeadsCreated,
        DealsSigned + other.DealsSigned,
        CommittedYuan + other.CommittedYuan);
}
