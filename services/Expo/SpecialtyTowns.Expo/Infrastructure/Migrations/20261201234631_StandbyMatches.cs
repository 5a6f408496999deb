using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Expo.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class StandbyMatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "match_reason",
                table: "standby_offers",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "match_reason_en",
                table: "standby_offers",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "match_score",
                table: "standby_offers",
                type: "double precision",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "standby_matches",
                columns: table => new
                {
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    other_participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    reason_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    scored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_standby_matches", x => new { x.participant_id, x.other_participant_id });
                    table.CheckConstraint("ck_standby_matches_score", "score >= 0 AND score <= 100");
                    table.ForeignKey(
                        name: "FK_standby_matches_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_standby_matches_event_id",
                table: "standby_matches",
                column: "event_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "standby_matches");

            migrationBuilder.DropColumn(
                name: "match_reason",
                table: "standby_offers");

            migrationBuilder.DropColumn(
                name: "match_reason_en",
                table: "standby_offers");

            migrationBuilder.DropColumn(
                name: "match_score",
                table: "standby_offers");
        }
    }
}
