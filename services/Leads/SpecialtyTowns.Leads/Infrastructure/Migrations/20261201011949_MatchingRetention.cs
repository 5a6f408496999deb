using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Leads.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MatchingRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_match_marks_organisation",
                table: "match_marks",
                columns: new[] { "organisation_id", "offer_kind" });

            // Retention of the match_changes feed (docs/matching.md, "Freshness"): each replica reports
            // the seq below which it has applied everything; the pruner deletes old rows only up to the
            // lowest live replica's, and notes the highest seq deleted so that a replica behind it
            // reloads fully instead of missing changes. The pruner's age filter reads match_changes.at.
            migrationBuilder.Sql("""
                CREATE TABLE match_feed_replicas (
                    replica_id uuid PRIMARY KEY,
                    low_seq bigint NOT NULL,
                    seen_at timestamptz NOT NULL
                );

                CREATE TABLE match_changes_pruned (
                    id smallint PRIMARY KEY CHECK (id = 1),
                    through_seq bigint NOT NULL
                );

                CREATE INDEX ix_match_changes_at ON match_changes (at);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_match_changes_at;
                DROP TABLE IF EXISTS match_changes_pruned;
                DROP TABLE IF EXISTS match_feed_replicas;
                """);

            migrationBuilder.DropIndex(
                name: "ix_match_marks_organisation",
                table: "match_marks");
        }
    }
}
