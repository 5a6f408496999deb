using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// Bookings of the world: organizer A's event A gets tables, slots and the investor, town and
/// enterprise actors as approved participants; organizer B's event B gets participants none of
/// them is. Every call gets a fresh meeting (a booking moves it, a cancellation ends it), each with
/// a partner of its own so that no two collide.
/// </summary>
public sealed partial class World
{
    private Dictionary<string, Guid>? _bookingParticipantsA;
    private Guid? _bookingParticipantB;

    /// <summary>The event of a booking route: event A for its organizer and its participants, event B otherwise.</summary>
    public async Task<string> BookingEventFor(bool owned)
    {
        await BookingWorldAsync();
        return owned ? EventA : EventB;
    }

    /// <summary>A fresh unscheduled meeting of the role's participant in event A (the investor's for admins and organizers), or one in event B.</summary>
    public async Task<string> BookingMeetingFor(string role, bool owned)
    {
        var participants = await BookingWorldAsync();
        if (!owned)
        {
            return (await MeetingAsync(Guid.Parse(EventB), _bookingParticipantB!.Value)).ToString();
        }

        var party = participants.TryGetValue(role, out var own) ? own : participants[Actor.Investor];
        return (await MeetingAsync(Guid.Parse(EventA), party)).ToString();
    }

    private string ExpoDatabase => fixture.System.Database("expo");

    private async Task<Dictionary<string, Guid>> BookingWorldAsync()
    {
        if (_bookingParticipantsA is not null)
        {
            return _bookingParticipantsA;
        }

        using var me = await Actors[Actor.Investor].Client.GetAsync("/api/v1/auth/me");
        var investor = Guid.Parse((await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        foreach (var eventId in new[] { EventA, EventB })
        {
            var hall = Guid.NewGuid();
            await TestDatabase.ExecuteAsync(ExpoDatabase, "insert into halls (id, event_id, name, position) values ($1, $2, '矩阵馆', 0)", hall, Guid.Parse(eventId));
            await TestDatabase.ExecuteAsync(
                ExpoDatabase,
                "insert into tables (id, event_id, hall_id, label, seats, zone) select gen_random_uuid(), $1, $2, 'M' || n, 6, null from generate_series(1, 20) n",
                Guid.Parse(eventId), hall);
            await TestDatabase.ExecuteAsync(
                ExpoDatabase,
                "insert into slots (id, event_id, starts_at, ends_at) select gen_random_uuid(), $1, $2 + n * interval '30 minutes', $2 + n * interval '30 minutes' + interval '25 minutes' from generate_series(0, 19) n",
                Guid.Parse(eventId), new DateTimeOffset(DateTime.UtcNow.Date.AddDays(120).AddHours(1), TimeSpan.Zero));
        }

        _bookingParticipantsA = new Dictionary<string, Guid>
        {
            [Actor.Investor] = await ParticipantAsync(Guid.Parse(EventA), "investor", investor),
            [Actor.Town] = await ParticipantAsync(Guid.Parse(EventA), "town", Guid.Parse(TownA)),
            [Actor.Enterprise] = await ParticipantAsync(Guid.Parse(EventA), "enterprise", Guid.Parse(EnterpriseA)),
        };
        _bookingParticipantB = await ParticipantAsync(Guid.Parse(EventB), "investor", Guid.NewGuid());
        return _bookingParticipantsA;
    }

    private async Task<Guid> ParticipantAsync(Guid eventId, string kind, Guid subject)
    {
        // Other parts of the world may have registered the same subject in the event through the API first.
        return await TestDatabase.GuidAsync(
            ExpoDatabase,
            """
            insert into participants (id, event_id, kind, subject_id, name, languages, seats, status, registered_by, registered_at)
            values ($1, $2, $3, $4, '矩阵参会方 ' || left($1::text, 6), '{zh}', 1, 'approved', 'matrix', now())
            on conflict (event_id, kind, subject_id) do update set status = 'approved'
            returning id
            """,
            Guid.NewGuid(), eventId, kind, subject);
    }

    private async Task<Guid> MeetingAsync(Guid eventId, Guid party)
    {
        var partner = await ParticipantAsync(eventId, "town", Guid.NewGuid());
        var id = Guid.NewGuid();
        await TestDatabase.ExecuteAsync(
            ExpoDatabase,
            "insert into meetings (id, event_id, status, weight, attendee_ids, locked, created_at, version) values ($1, $2, 'unscheduled', 1, '{}', false, now(), 0)",
            id, eventId);
        await TestDatabase.ExecuteAsync(ExpoDatabase, "insert into meeting_parties (meeting_id, participant_id) values ($1, $2), ($1, $3)", id, party, partner);
        return id;
    }
}
