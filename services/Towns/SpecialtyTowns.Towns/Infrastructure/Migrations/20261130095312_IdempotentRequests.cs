using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Towns.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class IdempotentRequests : Migration
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

            // Project keys carry over: the creating caller is the actor of each project's "created"
            // history entry. Town keys were global and a town row does not record which admin
            // registered it, so only the seed's keys (its own caller, "seed") can be carried; a
            // retry of an older registration meets the unique town name instead (409, no duplicate).
            // Carried keys were never fingerprinted: they replay for any content, as before.
            migrationBuilder.Sql("""
                INSERT INTO idempotent_requests (subject, request_id, operation, fingerprint, result, created_at)
                SELECT h.actor, p.creation_request_id, 'CreateProject', '', to_jsonb(p.id::text), p.created_at
                FROM projects p JOIN project_history h ON h.project_id = p.id AND h.action = 'created'
                WHERE p.creation_request_id IS NOT NULL
                ON CONFLICT DO NOTHING
                """);
            migrationBuilder.Sql("""
                INSERT INTO idempotent_requests (subject, request_id, operation, fingerprint, result, created_at)
                SELECT 'seed', creation_request_id, 'RegisterTown', '', to_jsonb(id::text), registered_at
                FROM towns WHERE creation_request_id LIKE 'seed:%'
                ON CONFLICT DO NOTHING
                """);

            migrationBuilder.DropIndex(
                name: "ux_towns_creation_request_id",
                table: "towns");

            migrationBuilder.DropIndex(
                name: "ux_projects_town_request",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "creation_request_id",
                table: "towns");

            migrationBuilder.DropColumn(
                name: "creation_request_id",
                table: "projects");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idempotent_requests");

            migrationBuilder.AddColumn<string>(
                name: "creation_request_id",
                table: "towns",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "creation_request_id",
                table: "projects",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_towns_creation_request_id",
                table: "towns",
                column: "creation_request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_projects_town_request",
                table: "projects",
                columns: new[] { "town_id", "creation_request_id" },
                unique: true);
        }
    }
}
