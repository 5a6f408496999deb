using Microsoft.EntityFrameworkCore;

namespace SpecialtyTowns.Leads.Infrastructure.Matching;

/// <summary>
/// Deletes the match_changes rows older than the retention that every live replica has applied (a
/// replica is live while it reports within the timeout), and notes the highest seq deleted: a replica
/// whose place in the feed is below it may have missed a change and reloads (<see cref="MatchFeedFollower"/>).
/// Replicas not seen for the retention are forgotten.
/// </summary>
public sealed class MatchFeedRetention(LeadsDbContext db)
{
    /// <summary>Returns how many feed rows were deleted.</summary>
    public async Task<int> PruneAsync(TimeSpan retention, TimeSpan replicaTimeout, CancellationToken cancellationToken)
    {
        // Plain ADO: a data-modifying WITH must be the top-level statement, which EF's SqlQuery would wrap.
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        int deleted;
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                WITH live AS (
                    SELECT min(low_seq) AS low FROM match_feed_replicas WHERE seen_at > now() - make_interval(secs => @timeout)
                ), gone AS (
                    DELETE FROM match_changes
                    WHERE at < now() - make_interval(secs => @age) AND seq <= coalesce((SELECT low FROM live), 9223372036854775807)
                    RETURNING seq
                ), noted AS (
                    INSERT INTO match_changes_pruned (id, through_seq) SELECT 1, max(seq) FROM gone HAVING count(*) > 0
                    ON CONFLICT (id) DO UPDATE SET through_seq = greatest(match_changes_pruned.through_seq, excluded.through_seq)
                    RETURNING 1
                )
                SELECT count(*)::int FROM gone
                """;
            Parameter(command, "timeout", replicaTimeout.TotalSeconds);
            Parameter(command, "age", retention.TotalSeconds);
            deleted = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var age = retention.TotalSeconds;
        await db.Database.ExecuteSqlAsync($"DELETE FROM match_feed_replicas WHERE seen_at < now() - make_interval(secs => {age})", cancellationToken);
        return deleted;
    }

    private static void Parameter(System.Data.Common.DbCommand command, string name, double value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
