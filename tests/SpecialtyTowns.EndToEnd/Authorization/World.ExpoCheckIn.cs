using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// Check-in in the world: every venue check-in gets a participant of its own (so the first call of
/// each actor is a new check-in, 201), every meeting check-in a meeting of its own, placed in a slot
/// at a table, whose party the desk names (the acting role's participant checks itself in).
/// </summary>
public sealed partial class World
{
    private Guid? _meetingCheckInParty;

    /// <summary>A fresh approved participant of event A (or B) for the desk to check in.</summary>
    public async Task<string> CheckInParticipantFor(bool owned)
    {
        await BookingWorldAsync();
        return (await ParticipantAsync(Guid.Parse(owned ? EventA : EventB), "town", Guid.NewGuid())).ToString();
    }

    /// <summary>A fresh placed meeting of the role's participant in event A (the investor's for admins and organizers), or one in event B.</summary>
    public async Task<string> PlacedMeetingFor(string role, bool owned)
    {
        var participants = await BookingWorldAsync();
        var eventId = Guid.Parse(owned ? EventA : EventB);
        var party = !owned ? _bookingParticipantB!.Value : participants.TryGetValue(role, out var own) ? own : participants[Actor.Investor];
        var meeting = await MeetingAsync(eventId, party);
        await TestDatabase.ExecuteAsync(
            ExpoDatabase,
            """
            update meetings set status = 'scheduled', placed_by = 'booking', placed_at = now(),
                slot_id = (select id from slots where event_id = $2 order by starts_at limit 1),
                table_id = (select id from tables where event_id = $2 order by label limit 1)
            where id = $1
            """,
            meeting, eventId);
        _meetingCheckInParty = party;
        return meeting.ToString();
    }

    /// <summary>The body of a meeting check-in: the desk names the party of the meeting just made; a party names no one (itself).</summary>
    public object? MeetingCheckInBody(string role) =>
        role is Actor.Admin or Actor.Organizer ? new { participantId = _meetingCheckInParty.ToString() } : null;
}
