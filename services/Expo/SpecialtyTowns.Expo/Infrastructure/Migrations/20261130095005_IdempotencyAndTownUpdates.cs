using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Expo.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyAndTownUpdates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "idempotent_requests",
                columns: table => new
                {
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    operation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    result = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotent_requests", x => new { x.subject, x.request_id });
                });

            // Old keys were per organizer, and the organizer is the caller who created the event
            // (an admin creating one is its organizer too), so they carry over. Their content was
            // never fingerprinted: they replay for any content, as before.
            migrationBuilder.Sql("""
                INSERT INTO idempotent_requests (subject, request_id, operation, fingerprint, result, created_at)
                SELECT organizer_id::text, creation_request_id, 'CreateEvent', '', to_jsonb(id::text), now()
                FROM events WHERE creation_request_id IS NOT NULL
                ON CONFLICT DO NOTHING
                """);

            migrationBuilder.DropIndex(
                name: "ux_events_organizer_request",
                table: "events");

            migrationBuilder.DropColumn(
                name: "creation_request_id",
                table: "events");

            // Existing exhibitors came from registrations, whose time Expo did not keep: dated at the
            // start of time, any update renames them.
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "names_as_of",
                table: "exhibitor_towns",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idempotent_requests");

            migrationBuilder.DropColumn(
                name: "names_as_of",
                table: "exhibitor_towns");

            migrationBuilder.AddColumn<string>(
                name: "creation_request_id",
                table: "events",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_events_organizer_request",
                table: "events",
                columns: new[] { "organizer_id", "creation_request_id" },
                unique: true);
        }
    }
}
