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

            // Meetings placed before this migration: their current place is their latest.
            migrationBuilder.Sql("UPDATE meetings SET calendar_slot_id = slot_id, calendar_table_id = table_id WHERE slot_id IS NOT NULL");
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
