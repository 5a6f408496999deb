using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Towns.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TownProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "contacts",
                table: "towns",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "key_figures",
                table: "towns",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "platforms",
                table: "towns",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<List<string>>(
                name: "policies",
                table: "towns",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "contacts",
                table: "towns");

            migrationBuilder.DropColumn(
                name: "key_figures",
                table: "towns");

            migrationBuilder.DropColumn(
                name: "platforms",
                table: "towns");

            migrationBuilder.DropColumn(
                name: "policies",
                table: "towns");
        }
    }
}
