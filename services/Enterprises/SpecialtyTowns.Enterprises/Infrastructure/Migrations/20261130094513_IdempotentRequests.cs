using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Enterprises.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class IdempotentRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The old keys are not carried over: they were global, and an enterprise row does not
            // record which account (an admin or the town) registered it, so the caller each key
            // now belongs to cannot be derived. A retry of a request made before this migration
            // registers again and meets the (town, name) unique index: 409, not a duplicate.
            migrationBuilder.DropIndex(
                name: "ux_enterprises_creation_request_id",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "creation_request_id",
                table: "enterprises");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idempotent_requests");

            migrationBuilder.AddColumn<string>(
                name: "creation_request_id",
                table: "enterprises",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_enterprises_creation_request_id",
                table: "enterprises",
                column: "creation_request_id",
                unique: true);
        }
    }
}
