using Npgsql;

namespace SpecialtyTowns.Bench.Bookings;

/// <summary>
/// A SYNTHETIC event for the benchmark only: one hall of tables (4 seats), slots of 25 minutes every 30, approved
/// investor and town participants (1 seat each) and accepted meetings between random investor-town pairs (fixed
/// seed), written with set-based inserts straight into the Expo database.
/// </summary>
internal static class SyntheticEvent
{
    public static async Task<Guid[]> LoadAsync(string connectionString, Guid eventId, int participants, int slots, int tables, int meetings, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var hall = Guid.NewGuid();
        var people = Enumerable.Range(0, participants).Select(_ => Guid.NewGuid()).ToArray();
        var random = new Random(15);
        var investors = participants / 2;
        var pairs = Enumerable.Range(0, meetings).Select(_ => (people[random.Next(investors)], people[investors + random.Next(participants - investors)])).ToArray();
        var ids = pairs.Select(_ => Guid.NewGuid()).ToArray();
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(200).AddHours(1), TimeSpan.Zero);
        await ExecuteAsync(connection, "insert into halls (id, event_id, name, position) values ($1, $2, '【合成】展馆 SYNTHETIC', 0)", cancellationToken, hall, eventId);
        await ExecuteAsync(connection, "insert into tables (id, event_id, hall_id, label, seats) select gen_random_uuid(), $1, $2, 'B' || n, 4 from generate_series(1, $3) n", cancellationToken, eventId, hall, tables);
        await ExecuteAsync(
            connection,
            "insert into slots (id, event_id, starts_at, ends_at) select gen_random_uuid(), $1, $2 + n * interval '30 minutes', $2 + n * interval '30 minutes' + interval '25 minutes' from generate_series(0, $3 - 1) n",
            cancellationToken,
            eventId,
            start,
            slots);
        await ExecuteAsync(
            connection,
            """
            insert into participants (id, event_id, kind, subject_id, name, languages, seats, status, registered_by, registered_at)
            select id, $2, case when n <= $3 then 'investor' else 'town' end, gen_random_uuid(), '【合成】参会方 SYNTHETIC ' || n, '{zh}', 1, 'approved', 'bench', now()
            from unnest($1::uuid[]) with ordinality as p(id, n)
            """,
            cancellationToken,
            people,
            eventId,
            investors);
        await ExecuteAsync(
            connection,
            "insert into meetings (id, event_id, status, weight, attendee_ids, locked, created_at, version) select id, $2, 'unscheduled', 1, '{}', false, now(), 0 from unnest($1::uuid[]) id",
            cancellationToken,
            ids,
            eventId);
        await ExecuteAsync(
            connection,
            "insert into meeting_parties (meeting_id, participant_id) select m, a from unnest($1::uuid[], $2::uuid[]) x(m, a) union all select m, b from unnest($1::uuid[], $3::uuid[]) y(m, b)",
            cancellationToken,
            ids,
            pairs.Select(p => p.Item1).ToArray(),
            pairs.Select(p => p.Item2).ToArray());
        return ids;
    }

    /// <summary>Every pair of scheduled meetings sharing a participant, a table or an interpreter in a slot (must be 0).</summary>
    public static async Task<long> CollisionsAsync(string connectionString, Guid eventId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            select (select count(*) from (select m.slot_id, p.participant_id from meetings m join meeting_parties p on p.meeting_id = m.id
                                          where m.event_id = $1 and m.status = 'scheduled' group by 1, 2 having count(*) > 1) x)
                 + (select count(*) from (select slot_id, table_id from meetings where event_id = $1 and status = 'scheduled' group by 1, 2 having count(*) > 1) x)
                 + (select count(*) from (select slot_id, resource_kind, resource_id from slot_occupancy where event_id = $1 group by 1, 2, 3 having count(*) > 1) x)
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = eventId });
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
