using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace SpecialtyTowns.Bench.Calendar;

/// <summary>
/// A SYNTHETIC agenda inserted straight into the Expo database: one hall, a table and a slot per
/// meeting, a participant meeting as many others (one each), every meeting scheduled, and a live
/// calendar feed of that participant whose token is returned.
/// </summary>
internal static class SyntheticAgenda
{
    public static async Task<string> LoadAsync(string connectionString, Guid eventId, int meetings, CancellationToken cancellationToken)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(200).AddHours(1), TimeSpan.Zero);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, cancellationToken, """
            insert into halls (id, event_id, name, name_en, position) values (gen_random_uuid(), $1, '【合成】一号馆', 'Hall 1 (SYNTHETIC)', 0);
            """, eventId);
        await ExecuteAsync(connection, cancellationToken, """
            insert into tables (id, event_id, hall_id, label, seats, zone)
            select gen_random_uuid(), $1, (select id from halls where event_id = $1), 'T' || lpad(n::text, 3, '0'), 4, '洽谈区 A' from generate_series(1, $2) n;
            """, eventId, meetings);
        await ExecuteAsync(connection, cancellationToken, """
            insert into slots (id, event_id, starts_at, ends_at)
            select gen_random_uuid(), $1, $3 + (n - 1) * interval '30 minutes', $3 + (n - 1) * interval '30 minutes' + interval '25 minutes' from generate_series(1, $2) n;
            """, eventId, meetings, start);
        await ExecuteAsync(connection, cancellationToken, """
            insert into participants (id, event_id, kind, subject_id, name, name_en, languages, seats, status, registered_by, registered_at)
            select gen_random_uuid(), $1, case when n = 0 then 'investor' else 'town' end, gen_random_uuid(),
                   '【合成】参会方 ' || n, 'Synthetic participant ' || n, '{zh}', 1, 'approved', 'bench', now()
            from generate_series(0, $2) n;
            """, eventId, meetings);
        await ExecuteAsync(connection, cancellationToken, """
            with s as (select id, row_number() over (order by starts_at) n from slots where event_id = $1),
                 t as (select id, row_number() over (order by label) n from tables where event_id = $1),
                 p as (select id, (regexp_match(name, '[0-9]+$'))[1]::int n from participants where event_id = $1),
                 m as (insert into meetings (id, event_id, status, slot_id, table_id, calendar_slot_id, calendar_table_id, weight, attendee_ids, locked, placed_by, placed_at, created_at, calendar_sequence, version)
                       select gen_random_uuid(), $1, 'scheduled', s.id, t.id, s.id, t.id, 1, '{}', false, 'booking', now(), now(), 1, 1 from s join t on t.n = s.n
                       returning id, slot_id)
            insert into meeting_parties (meeting_id, participant_id)
            select m.id, p.id from m join s on s.id = m.slot_id join p on p.n in (0, s.n);
            """, eventId);
        await ExecuteAsync(connection, cancellationToken, """
            insert into calendar_feeds (id, event_id, participant_id, token_hash, created_at)
            select gen_random_uuid(), $1, id, $2, now() from participants where event_id = $1 and kind = 'investor';
            """, eventId, hash);
        return token;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, CancellationToken cancellationToken, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
