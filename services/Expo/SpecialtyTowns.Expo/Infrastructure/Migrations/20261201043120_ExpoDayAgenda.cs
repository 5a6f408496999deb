using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Expo.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ExpoDayAgenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "calendar_slot_id",
                table: "meetings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "calendar_table_id",
                table: "meetings",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "calendar_slot_id",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "calendar_table_id",
                table: "meetings");
        }
    }
}
