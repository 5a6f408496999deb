using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// The day of an event for the standby routes: every call gets a fresh event (organizer A's when owned,
/// another organizer's otherwise) with a slot that started 15 minutes ago, one table, the role's
/// participant (the investor's for admins and organizers; a stranger in another organizer's event)
/// and an absent partner. The meeting is written as scheduled without occupancy rows: nothing else
/// uses the event, so nothing can collide.
/// </summary>
public sealed partial class World
{
    private Guid? _standbyInvestor;
    private Guid _lastAbsent;

    /// <summary>A scheduled meeting running now whose partner did not come; the body of the no-show route names that partner.</summary>
    public async Task<string> NoShowMeetingFor(string role, bool owned)
    {
        var day = await StandbyDayAsync(role, owned);
        _lastAbsent = day.Absent;
        return (await DayMeetingAsync(day, "scheduled", day.Party, day.Absent)).ToString();
    }

    public Task<object?> NoShowBody() => Task.FromResult<object?>(new { participantId = _lastAbsent });

    /// <summary>An open offer to the role's participant of a place freed by the absent partner of another participant.</summary>
    public async Task<string> StandbyOfferFor(string role, bool owned)
    {
        var day = await StandbyDayAsync(role, owned);
        var partner = await ParticipantAsync(day.EventId, "town", Guid.NewGuid());
        var freed = await DayMeetingAsync(day, "no-show", partner, day.Absent);
        return (await TestDatabase.GuidAsync(
            ExpoDatabase,
            """
            insert into standby_offers (id, event_id, meeting_id, partner_id, offered_to_id, slot_id, table_id, rank, reason, status, offered_at, expires_at, version)
            values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, 1, 'checked-in-first', 'offered', now(), now() + interval '1 hour', 0)
            returning id
            """,
            day.EventId, freed, partner, day.Party, day.Slot, day.Table)).ToString();
    }

    private async Task<StandbyDay> StandbyDayAsync(string role, bool owned)
    {
        var eventId = Guid.Parse(await FreshEventAsync(owned));
        var hall = Guid.NewGuid();
        await TestDatabase.ExecuteAsync(ExpoDatabase, "insert into halls (id, event_id, name, position) values ($1, $2, '候补馆', 0)", hall, eventId);
        var table = await TestDatabase.GuidAsync(ExpoDatabase, "insert into tables (id, event_id, hall_id, label, seats, zone) values (gen_random_uuid(), $1, $2, 'S1', 6, null) returning id", eventId, hall);
        var slot = await TestDatabase.GuidAsync(ExpoDatabase, "insert into slots (id, event_id, starts_at, ends_at) values (gen_random_uuid(), $1, now() - interval '15 minutes', now() + interval '2 hours') returning id", eventId);
        var party = owned ? await ParticipantAsync(eventId, SubjectKind(role), await SubjectOfAsync(role)) : await ParticipantAsync(eventId, "investor", Guid.NewGuid());
        var absent = await ParticipantAsync(eventId, "town", Guid.NewGuid());
        return new StandbyDay(eventId, slot, table, party, absent);
    }

    private async Task<Guid> DayMeetingAsync(StandbyDay day, string status, Guid party, Guid absent)
    {
        var id = Guid.NewGuid();
        await TestDatabase.ExecuteAsync(
            ExpoDatabase,
            "insert into meetings (id, event_id, status, slot_id, table_id, weight, attendee_ids, locked, created_at, version) values ($1, $2, $3, $4, $5, 1, '{}', true, now(), 0)",
            id, day.EventId, status, day.Slot, day.Table);
        var noShow = status == "no-show" ? "confirmed" : null;
        await TestDatabase.ExecuteAsync(ExpoDatabase, "insert into meeting_parties (meeting_id, participant_id, no_show) values ($1, $2, null), ($1, $3, $4)", id, party, absent, (object?)noShow ?? DBNull.Value);
        return id;
    }

    private static string SubjectKind(string role) => role is Actor.Town or Actor.Enterprise ? role : "investor";

    private async Task<Guid> SubjectOfAsync(string role)
    {
        switch (role)
        {
            case Actor.Town:
                return Guid.Parse(TownA);
            case Actor.Enterprise:
                return Guid.Parse(EnterpriseA);
            default:
                if (_standbyInvestor is null)
                {
                    using var me = await Actors[Actor.Investor].Client.GetAsync("/api/v1/auth/me");
                    _standbyInvestor = Guid.Parse((await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
                }

                return _standbyInvestor.Value;
        }
    }

    private sealed record StandbyDay(Guid EventId, Guid Slot, Guid Table, Guid Party, Guid Absent);
}
