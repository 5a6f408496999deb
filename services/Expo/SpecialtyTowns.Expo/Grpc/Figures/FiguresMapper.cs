using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Expo.Application.Figures;
using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Expo.Grpc.Figures;

/// <summary>Figures to their messages; yuan travel as whole fen (int64), like Leads' amounts.</summary>
public static class FiguresMapper
{
    public static EventFigures ToMessage(EventFiguresData figures) => new()
    {
        EventId = figures.Event.Id.ToString(),
        Name = figures.Event.Name,
        NameEn = figures.Event.NameEn ?? string.Empty,
        City = figures.Event.City ?? string.Empty,
        StartsOn = figures.Event.StartsOn.ToString(ExpoEventMapper.DateFormat, CultureInfo.InvariantCulture),
        EndsOn = figures.Event.EndsOn.ToString(ExpoEventMapper.DateFormat, CultureInfo.InvariantCulture),
        AsOf = Timestamp.FromDateTimeOffset(figures.AsOf),
        Counts = ToMessage(figures.Counts),
    };

    public static ProvinceFigures ToMessage(ProvinceFiguresData province)
    {
        var message = new ProvinceFigures { AsOf = Timestamp.FromDateTimeOffset(province.AsOf), Totals = ToMessage(province.Totals) };
        message.Events.AddRange(province.Events.Select(ToMessage));
        return message;
    }

    private static FigureCounts ToMessage(FigureCountsData counts) => new()
    {
        CheckedIn = counts.CheckedIn,
        ApprovedParticipants = counts.ApprovedParticipants,
        MeetingsRunning = counts.MeetingsRunning,
        MeetingsPlaced = counts.MeetingsPlaced,
        Held = counts.Held,
        NoShows = counts.NoShows,
        ProvisionalNoShows = counts.ProvisionalNoShows,
        Refilled = counts.Refilled,
        RequestsPendingTooLong = counts.RequestsPendingTooLong,
        LeadsCreated = counts.LeadsCreated,
        DealsSigned = counts.DealsSigned,
        CommittedFen = (long)Math.Round(counts.CommittedYuan * 100m, MidpointRounding.AwayFromZero),
    };
}
