using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Leads.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ExpoParticipants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "expo_participants",
                columns: table => new
                {
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    approved = table.Column<bool>(type: "boolean", nullable: false),
                    withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_participants", x => x.participant_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_expo_participants_event",
                table: "expo_participants",
                column: "event_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "expo_participants");
        }
    }
}
