using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Leads.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Matching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "cooperation_modes",
                table: "project_directory",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "project_directory",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "description_en",
                table: "project_directory",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "has_content",
                table: "project_directory",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "land_area_square_metres",
                table: "project_directory",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "title_en",
                table: "project_directory",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "chain_node_id",
                table: "gap_directory",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "enterprise_id",
                table: "gap_directory",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "industry_code",
                table: "gap_directory",
                type: "character varying(5)",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "gap_directory",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "title_en",
                table: "gap_directory",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "chain_node_directory",
                columns: table => new
                {
                    node_id = table.Column<Guid>(type: "uuid", nullable: false),
                    town_id = table.Column<Guid>(type: "uuid", nullable: false),
                    chain = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    position = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    removed = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chain_node_directory", x => x.node_id);
                });

            migrationBuilder.CreateTable(
                name: "expo_event_directory",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    city = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_event_directory", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "match_feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    side = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer_kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    town_id = table.Column<Guid>(type: "uuid", nullable: false),
                    impression_id = table.Column<Guid>(type: "uuid", nullable: true),
                    lead_id = table.Column<Guid>(type: "uuid", nullable: true),
                    expo_event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_feedback", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "match_impressions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    side = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    list = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    town_id = table.Column<Guid>(type: "uuid", nullable: true),
                    enterprise_id = table.Column<Guid>(type: "uuid", nullable: true),
                    context_id = table.Column<Guid>(type: "uuid", nullable: true),
                    items = table.Column<string>(type: "jsonb", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_impressions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "match_marks",
                columns: table => new
                {
                    side = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer_kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mark = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    town_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_marks", x => new { x.side, x.organisation_id, x.offer_kind, x.offer_id, x.mark });
                });

            migrationBuilder.CreateIndex(
                name: "ix_match_feedback_organisation",
                table: "match_feedback",
                columns: new[] { "organisation_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_match_impressions_at",
                table: "match_impressions",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_match_marks_offer",
                table: "match_marks",
                columns: new[] { "offer_kind", "offer_id" });

            // The change feed every replica's in-memory match index follows (docs/matching.md): triggers
            // append a row for each change of what matching reads, in the writing transaction, whatever
            // path wrote it (use cases, consumers, the seed, a bulk load). Read with SQL only.
            migrationBuilder.Sql("""
                CREATE TABLE match_changes (
                    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    kind varchar(20) NOT NULL,
                    id uuid NOT NULL,
                    at timestamptz NOT NULL DEFAULT now()
                );

                CREATE FUNCTION match_changes_record() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    row_id uuid;
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        EXECUTE format('SELECT ($1).%I', TG_ARGV[1]) INTO row_id USING OLD;
                    ELSE
                        EXECUTE format('SELECT ($1).%I', TG_ARGV[1]) INTO row_id USING NEW;
                    END IF;
                    INSERT INTO match_changes (kind, id) VALUES (TG_ARGV[0], row_id);
                    RETURN NULL;
                END $$;

                CREATE TRIGGER match_changes_organisation AFTER INSERT OR UPDATE OR DELETE ON investor_organisations
                    FOR EACH ROW EXECUTE FUNCTION match_changes_record('organisation', 'id');
                CREATE TRIGGER match_changes_project AFTER INSERT OR UPDATE OR DELETE ON project_directory
                    FOR EACH ROW EXECUTE FUNCTION match_changes_record('project', 'project_id');
                CREATE TRIGGER match_changes_gap AFTER INSERT OR UPDATE OR DELETE ON gap_directory
                    FOR EACH ROW EXECUTE FUNCTION match_changes_record('gap', 'gap_id');
                CREATE TRIGGER match_changes_town AFTER INSERT OR UPDATE OR DELETE ON town_directory
                    FOR EACH ROW EXECUTE FUNCTION match_changes_record('town', 'town_id');
                CREATE TRIGGER match_changes_chain_node AFTER INSERT OR UPDATE OR DELETE ON chain_node_directory
                    FOR EACH ROW EXECUTE FUNCTION match_changes_record('chain-node', 'node_id');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS match_changes_organisation ON investor_organisations;
                DROP TRIGGER IF EXISTS match_changes_project ON project_directory;
                DROP TRIGGER IF EXISTS match_changes_gap ON gap_directory;
                DROP TRIGGER IF EXISTS match_changes_town ON town_directory;
                DROP TRIGGER IF EXISTS match_changes_chain_node ON chain_node_directory;
                DROP FUNCTION IF EXISTS match_changes_record();
                DROP TABLE IF EXISTS match_changes;
                """);
            migrationBuilder.DropTable(
                name: "chain_node_directory");

            migrationBuilder.DropTable(
                name: "expo_event_directory");

            migrationBuilder.DropTable(
                name: "match_feedback");

            migrationBuilder.DropTable(
                name: "match_impressions");

            migrationBuilder.DropTable(
                name: "match_marks");

            migrationBuilder.DropColumn(
                name: "cooperation_modes",
                table: "project_directory");

            migrationBuilder.DropColumn(
                name: "description",
                table: "project_directory");

            migrationBuilder.DropColumn(
                name: "description_en",
                table: "project_directory");

            migrationBuilder.DropColumn(
                name: "has_content",
                table: "project_directory");

            migrationBuilder.DropColumn(
                name: "land_area_square_metres",
                table: "project_directory");

            migrationBuilder.DropColumn(
                name: "title_en",
                table: "project_directory");

            migrationBuilder.DropColumn(
                name: "chain_node_id",
                table: "gap_directory");

            migrationBuilder.DropColumn(
                name: "enterprise_id",
                table: "gap_directory");

            migrationBuilder.DropColumn(
                name: "industry_code",
                table: "gap_directory");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "gap_directory");

            migrationBuilder.DropColumn(
                name: "title_en",
                table: "gap_directory");
        }
    }
}
