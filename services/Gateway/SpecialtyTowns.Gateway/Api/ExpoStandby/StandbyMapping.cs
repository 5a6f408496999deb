using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Api.ExpoStandby;

/// <summary>Proto to JSON for the standby routes (empty strings become null).</summary>
public static class StandbyMapping
{
    public static DaySettingsResponse ToResponse(DaySettings s) => new(s.EventId, s.NoShowAfterMinutes, s.StandbyOfferSeconds, s.PendingTooLongHours);

    public static NoShowResponse ToResponse(NoShowResult r) => new(r.MeetingId, r.EventId, r.Status, r.ParticipantId, r.Offer is null ? null : ToResponse(r.Offer));

    public static StandbyOfferResponse ToResponse(StandbyOffer o) => new(
        o.Id,
        o.EventId,
        o.MeetingId,
        o.PartnerId,
        o.PartnerName,
        o.OfferedToId,
        o.OfferedToName,
        o.SlotId,
        o.StartsAt.ToDateTimeOffset(),
        o.EndsAt.ToDateTimeOffset(),
        o.TableId,
        o.TableLabel,
        o.HallName,
        o.Rank,
        Blank(o.Reason),
        o.Status,
        o.OfferedAt.ToDateTimeOffset(),
        o.ExpiresAt.ToDateTimeOffset(),
        Blank(o.NewMeetingId),
        o.TimeZone,
        o.HasMatchScore ? o.MatchScore : null,
        Blank(o.MatchReason),
        Blank(o.MatchReasonEn));

    public static HallBoardResponse ToResponse(HallBoard b) => new(
        b.EventId,
        b.TimeZone,
        b.Now.ToDateTimeOffset(),
        [.. b.Slots.Select(s => new HallBoardSlotResponse(s.Id, s.StartsAt.ToDateTimeOffset(), s.EndsAt.ToDateTimeOffset()))],
        [.. b.Meetings.Select(m => new HallBoardMeetingResponse(
            m.Id,
            m.SlotId,
            m.TableId,
            m.TableLabel,
            m.HallName,
            m.Status,
            m.Standby,
            [.. m.Parties.Select(p => new HallBoardPartyResponse(p.ParticipantId, p.Name, Blank(p.NameEn), p.CheckedInAtVenue, p.CheckedInAt?.ToDateTimeOffset(), Blank(p.NoShow)))]))],
        [.. b.OpenOffers.Select(ToResponse)],
        b.CheckedInAtVenue);

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
