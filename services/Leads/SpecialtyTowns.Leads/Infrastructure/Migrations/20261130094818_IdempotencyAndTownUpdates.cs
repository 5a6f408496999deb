using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Leads.Infrastructure.Migrations
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

            // Old keys were per investor, and the investor is the caller who created the lead, so
            // they carry over. Their content was never fingerprinted: they replay for any content.
            migrationBuilder.Sql("""
                INSERT INTO idempotent_requests (subject, request_id, operation, fingerprint, result, created_at)
                SELECT investor_id::text, creation_request_id, 'CreateLead', '', to_jsonb(id::text), created_at
                FROM leads WHERE creation_request_id IS NOT NULL
                ON CONFLICT DO NOTHING
                """);

            migrationBuilder.DropIndex(
                name: "ux_leads_investor_request",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "creation_request_id",
                table: "leads");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "profile_as_of",
                table: "town_directory",
                type: "timestamp with time zone",
                nullable: true);

            // Entries so far came from registrations only: their profile is as of the registration.
            migrationBuilder.Sql("UPDATE town_directory SET profile_as_of = registered_at");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "profile_as_of",
                table: "town_directory",
                type: "timestamp with time zone",
                nullable: false,
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idempotent_requests");

            migrationBuilder.DropColumn(
                name: "profile_as_of",
                table: "town_directory");

            migrationBuilder.AddColumn<string>(
                name: "creation_request_id",
                table: "leads",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_leads_investor_request",
                table: "leads",
                columns: new[] { "investor_id", "creation_request_id" },
                unique: true);
        }
    }
}
