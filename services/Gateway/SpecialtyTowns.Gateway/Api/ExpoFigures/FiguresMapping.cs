using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Api.ExpoFigures;

/// <summary>The service's figures to the REST and hub shapes (fen to yuan).</summary>
public static class FiguresMapping
{
    public static EventFiguresResponse ToResponse(EventFigures figures) => new(
        figures.EventId,
        figures.Name,
        figures.NameEn.Length == 0 ? null : figures.NameEn,
        figures.City.Length == 0 ? null : figures.City,
        figures.StartsOn,
        figures.EndsOn,
        figures.AsOf.ToDateTimeOffset(),
        ToResponse(figures.Counts));

    public static ProvinceFiguresResponse ToResponse(ProvinceFigures province) =>
        new(province.AsOf.ToDateTimeOffset(), [.. province.Events.Select(ToResponse)], ToResponse(province.Totals));

    private static FigureCountsResponse ToResponse(FigureCounts counts) => new(
        counts.CheckedIn,
        counts.ApprovedParticipants,
        counts.MeetingsRunning,
        counts.MeetingsPlaced,
        counts.Held,
        counts.NoShows,
        counts.ProvisionalNoShows,
        counts.Refilled,
        counts.RequestsPendingTooLong,
        counts.LeadsCreated,
        counts.DealsSigned,
        counts.CommittedFen / 100m);
}
