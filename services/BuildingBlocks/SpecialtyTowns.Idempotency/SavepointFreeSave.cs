using Microsoft.EntityFrameworkCore;

namespace SpecialtyTowns.Idempotency;

/// <summary>
/// SaveChanges inside an explicit transaction wraps itself in a savepoint (two more round trips to
/// PostgreSQL) so that a failed save leaves the transaction usable. A save that is the last step before
/// the commit has no use for that: its failure ends the transaction anyway.
/// </summary>
public static class SavepointFreeSave
{
    public static async Task<int> SaveWithoutSavepointAsync(this DbContext db, CancellationToken cancellationToken)
    {
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            return await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
        }
    }
}
