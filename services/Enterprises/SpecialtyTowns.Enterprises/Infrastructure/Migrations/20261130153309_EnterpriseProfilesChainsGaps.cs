using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SpecialtyTowns.Enterprises.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseProfilesChainsGaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "capacities",
                table: "enterprises",
                type: "jsonb",
                nullable: true,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<List<string>>(
                name: "certifications",
                table: "enterprises",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<decimal>(
                name: "cnc_rate_percent",
                table: "enterprises",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contacts",
                table: "enterprises",
                type: "jsonb",
                nullable: true,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "enterprises",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "description_en",
                table: "enterprises",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "employee_band",
                table: "enterprises",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "equipment",
                table: "enterprises",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "export_markets",
                table: "enterprises",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<int>(
                name: "founded_year",
                table: "enterprises",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "industry_code",
                table: "enterprises",
                type: "character varying(5)",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "leading",
                table: "enterprises",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "name_en",
                table: "enterprises",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "revenue_band",
                table: "enterprises",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "enterprises",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "unified_social_credit_code",
                table: "enterprises",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "enterprises",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "enterprises",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Rows from before profiles existed: last changed when registered, at their first version.
            migrationBuilder.Sql("UPDATE enterprises SET updated_at = registered_at, version = 1;");

            migrationBuilder.CreateTable(
                name: "chain_nodes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    town_id = table.Column<Guid>(type: "uuid", nullable: false),
                    chain = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    chain_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    position = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    products = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    enterprise_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chain_nodes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "towns",
                columns: table => new
                {
                    town_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    county = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_towns", x => x.town_id);
                });

            migrationBuilder.CreateTable(
                name: "chain_gaps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    town_id = table.Column<Guid>(type: "uuid", nullable: false),
                    enterprise_id = table.Column<Guid>(type: "uuid", nullable: true),
                    chain_node_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    specification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    yearly_volume = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    volume_unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    anchor_buyer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    incentives = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    industry_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    keywords = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    filled_by_enterprise_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chain_gaps", x => x.id);
                    table.CheckConstraint("ck_chain_gaps_volume", "yearly_volume IS NULL OR yearly_volume >= 0");
                    table.ForeignKey(
                        name: "FK_chain_gaps_chain_nodes_chain_node_id",
                        column: x => x.chain_node_id,
                        principalTable: "chain_nodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "chain_gap_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    gap_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    from_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    to_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chain_gap_history", x => x.id);
                    table.ForeignKey(
                        name: "FK_chain_gap_history_chain_gaps_gap_id",
                        column: x => x.gap_id,
                        principalTable: "chain_gaps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_enterprises_credit_code",
                table: "enterprises",
                column: "unified_social_credit_code",
                unique: true,
                filter: "unified_social_credit_code IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_enterprises_cnc_rate",
                table: "enterprises",
                sql: "cnc_rate_percent IS NULL OR (cnc_rate_percent >= 0 AND cnc_rate_percent <= 100)");

            migrationBuilder.CreateIndex(
                name: "ix_chain_gap_history_gap",
                table: "chain_gap_history",
                columns: new[] { "gap_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_chain_gaps_chain_node_id",
                table: "chain_gaps",
                column: "chain_node_id");

            migrationBuilder.CreateIndex(
                name: "ix_chain_gaps_enterprise",
                table: "chain_gaps",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_chain_gaps_town_status",
                table: "chain_gaps",
                columns: new[] { "town_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ux_chain_nodes_town_chain_name",
                table: "chain_nodes",
                columns: new[] { "town_id", "chain", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_towns_name",
                table: "towns",
                column: "name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "chain_gap_history");

            migrationBuilder.DropTable(
                name: "towns");

            migrationBuilder.DropTable(
                name: "chain_gaps");

            migrationBuilder.DropTable(
                name: "chain_nodes");

            migrationBuilder.DropIndex(
                name: "ux_enterprises_credit_code",
                table: "enterprises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_enterprises_cnc_rate",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "capacities",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "certifications",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "cnc_rate_percent",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "contacts",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "description",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "description_en",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "employee_band",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "equipment",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "export_markets",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "founded_year",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "industry_code",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "leading",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "name_en",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "revenue_band",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "source",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "unified_social_credit_code",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "version",
                table: "enterprises");
        }
    }
}
