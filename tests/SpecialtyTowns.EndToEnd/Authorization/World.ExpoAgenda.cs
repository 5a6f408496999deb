using System.Security.Cryptography;
using System.Text;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// Agendas of the world: the investor, town and enterprise actors are participants of event A (the
/// bookings part of the world), of event B none is. The feed route gets a live token of its own
/// participant, written straight to the database, so the actors' own rotations never revoke it.
/// </summary>
public sealed partial class World
{
    private string? _feedToken;

    /// <summary>Event A (where the actor is registered) or event B (where it is not).</summary>
    public Task<string> AgendaEventFor(bool owned) => BookingEventFor(owned);

    /// <summary>A live feed token of a participant of event A.</summary>
    public async Task<string> FeedTokenAsync()
    {
        if (_feedToken is not null)
        {
            return _feedToken;
        }

        await BookingEventFor(owned: true);
        var participant = await ParticipantAsync(Guid.Parse(EventA), "investor", Guid.NewGuid());
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await TestDatabase.ExecuteAsync(
            ExpoDatabase,
            "insert into calendar_feeds (id, event_id, participant_id, token_hash, created_at) values (gen_random_uuid(), $1, $2, $3, now())",
            Guid.Parse(EventA), participant, Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token))));
        return _feedToken = token;
    }
}
