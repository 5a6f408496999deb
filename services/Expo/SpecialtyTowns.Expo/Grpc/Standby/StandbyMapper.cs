using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Expo.Application.Standby;
using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Expo.Grpc.Standby;

/// <summary>Standby results to proto messages (null becomes an empty string or an absent timestamp).</summary>
public static class StandbyMapper
{
    public static V1.DaySettings ToMessage(Application.Standby.DaySettings s) => new()
    {
        EventId = s.EventId.ToString(),
        NoShowAfterMinutes = s.NoShowAfterMinutes,
        StandbyOfferSeconds = s.StandbyOfferSeconds,
        PendingTooLongHours = s.PendingTooLongHours,
    };

    public static V1.NoShowResult ToMessage(Application.Standby.NoShowResult r) => new()
    {
        MeetingId = r.MeetingId.ToString(),
        EventId = r.EventId.ToString(),
        Status = r.Status,
        ParticipantId = r.ParticipantId.ToString(),
        Offer = r.Offer is null ? null : ToMessage(r.Offer),
    };

    public static V1.StandbyOffer ToMessage(StandbyOfferView o)
    {
        var message = Offer(o);
        if (o.Match is { } match)
        {
            message.MatchScore = match.Score;
            message.MatchReason = match.Reason;
            message.MatchReasonEn = match.ReasonEn;
        }

        return message;
    }

    private static V1.StandbyOffer Offer(StandbyOfferView o) => new()
    {
        Id = o.Id.ToString(),
        EventId = o.EventId.ToString(),
        MeetingId = o.MeetingId.ToString(),
        PartnerId = o.PartnerId.ToString(),
        PartnerName = o.PartnerName,
        OfferedToId = o.OfferedToId.ToString(),
        OfferedToName = o.OfferedToName,
        SlotId = o.SlotId.ToString(),
        StartsAt = Timestamp.FromDateTimeOffset(o.StartsAt),
        EndsAt = Timestamp.FromDateTimeOffset(o.EndsAt),
        TableId = o.TableId.ToString(),
        TableLabel = o.TableLabel,
        HallName = o.HallName,
        Rank = o.Rank,
        Reason = o.Reason ?? string.Empty,
        Status = o.Status,
        OfferedAt = Timestamp.FromDateTimeOffset(o.OfferedAt),
        ExpiresAt = Timestamp.FromDateTimeOffset(o.ExpiresAt),
        NewMeetingId = o.NewMeetingId?.ToString() ?? string.Empty,
        TimeZone = o.TimeZone,
    };

    public static V1.HallBoard ToMessage(Application.Standby.HallBoard b)
    {
        var message = new V1.HallBoard
        {
            EventId = b.EventId.ToString(),
            TimeZone = b.TimeZone,
            Now = Timestamp.FromDateTimeOffset(b.Now),
            CheckedInAtVenue = b.CheckedInAtVenue,
        };
        message.Slots.AddRange(b.Slots.Select(s => new V1.HallBoardSlot { Id = s.Id.ToString(), StartsAt = Timestamp.FromDateTimeOffset(s.StartsAt), EndsAt = Timestamp.FromDateTimeOffset(s.EndsAt) }));
        message.Meetings.AddRange(b.Meetings.Select(ToMessage));
        message.OpenOffers.AddRange(b.OpenOffers.Select(ToMessage));
        return message;
    }

    private static V1.HallBoardMeeting ToMessage(Application.Standby.HallBoardMeeting m)
    {
        var message = new V1.HallBoardMeeting
        {
            Id = m.Id.ToString(),
            SlotId = m.SlotId.ToString(),
            TableId = m.TableId.ToString(),
            TableLabel = m.TableLabel,
            HallName = m.HallName,
            Status = m.Status,
            Standby = m.Standby,
        };
        message.Parties.AddRange(m.Parties.Select(p => new V1.HallBoardParty
        {
            ParticipantId = p.ParticipantId.ToString(),
            Name = p.Name,
            NameEn = p.NameEn ?? string.Empty,
            CheckedInAtVenue = p.CheckedInAtVenue,
            CheckedInAt = p.CheckedInAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
            NoShow = p.NoShow ?? string.Empty,
        }));
        return message;
    }
}
