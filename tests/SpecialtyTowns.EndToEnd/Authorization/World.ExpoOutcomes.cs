using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// Outcomes of the world: a fresh placed meeting of the role's participant in event A (the booking
/// world's participants), or one in event B that none of the actors takes part in.
/// </summary>
public sealed partial class World
{
    public async Task<string> OutcomeMeetingFor(string role, bool owned)
    {
        var meeting = Guid.Parse(await BookingMeetingFor(role, owned));
        await TestDatabase.ExecuteAsync(
            ExpoDatabase,
            """
            update meetings m set status = 'scheduled', version = m.version + 1,
              slot_id = (select id from slots where event_id = m.event_id order by starts_at limit 1),
              table_id = (select id from tables where event_id = m.event_id order by label limit 1)
            where m.id = $1
            """,
            meeting);
        return meeting.ToString();
    }
}
