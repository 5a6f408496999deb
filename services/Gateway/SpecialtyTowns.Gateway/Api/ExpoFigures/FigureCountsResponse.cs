namespace SpecialtyTowns.Gateway.Api.ExpoFigures;

/// <summary>The live figures of an event (or their sums): counts, and the yuan committed by signed deals.</summary>
public sealed record FigureCountsResponse(
    int CheckedIn,
    int ApprovedParticipants,
    int MeetingsRunning,
    int MeetingsPlaced,
    int Held,
    int NoShows,
    int ProvisionalNoShows,
    int Refilled,
    int RequestsPendingTooLong,
    int LeadsCreated,
    int DealsSigned,
    decimal CommittedYuan);
