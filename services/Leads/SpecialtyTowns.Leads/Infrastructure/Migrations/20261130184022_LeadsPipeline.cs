using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Leads.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class LeadsPipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_leads_town_id",
                table: "leads");

            // Leads made before organisations existed were an investor account's: the account becomes
            // investor_user_id, and each such account gets an organisation (backfilled below) to complete.
            migrationBuilder.RenameColumn(
                name: "investor_id",
                table: "leads",
                newName: "investor_user_id");

            migrationBuilder.DropIndex(
                name: "ix_leads_investor_id",
                table: "leads");

            migrationBuilder.Sql("ALTER TABLE leads ALTER COLUMN investor_user_id DROP NOT NULL");

            migrationBuilder.AddColumn<Guid>(
                name: "organisation_id",
                table: "leads",
                type: "uuid",
                nullable: false,
                defaultValue: Guid.Empty);

            migrationBuilder.AddColumn<string>(
                name: "city",
                table: "town_directory",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "expected_amount_fen",
                table: "leads",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "gap_id",
                table: "leads",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lost_from",
                table: "leads",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lost_reason",
                table: "leads",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "next_action",
                table: "leads",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "next_action_due",
                table: "leads",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "open_key",
                table: "leads",
                type: "character varying(140)",
                maxLength: 140,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "owner_id",
                table: "leads",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "owner_name",
                table: "leads",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "project_id",
                table: "leads",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "leads",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "stage_entered_at",
                table: "leads",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "leads",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "leads",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "visit_on",
                table: "leads",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "deals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    lead_id = table.Column<Guid>(type: "uuid", nullable: false),
                    town_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: true),
                    gap_id = table.Column<Guid>(type: "uuid", nullable: true),
                    amount_fen = table.Column<long>(type: "bigint", nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    contract_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    parties = table.Column<string[]>(type: "text[]", nullable: false),
                    planned_start_on = table.Column<DateOnly>(type: "date", nullable: false),
                    registered_company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    construction_started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    production_started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    terminated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    funds_arrived_fen = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deals", x => x.id);
                    table.CheckConstraint("ck_deals_amount", "amount_fen > 0");
                    table.CheckConstraint("ck_deals_funds", "funds_arrived_fen >= 0");
                    table.ForeignKey(
                        name: "FK_deals_leads_lead_id",
                        column: x => x.lead_id,
                        principalTable: "leads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_alerts",
                columns: table => new
                {
                    lead_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    occurrence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_alerts", x => new { x.lead_id, x.kind, x.occurrence });
                });

            migrationBuilder.CreateTable(
                name: "gap_directory",
                columns: table => new
                {
                    gap_id = table.Column<Guid>(type: "uuid", nullable: false),
                    town_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gap_directory", x => x.gap_id);
                });

            migrationBuilder.CreateTable(
                name: "investor_organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    normalised_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    claimed = table.Column<bool>(type: "boolean", nullable: false),
                    entered_by_town_id = table.Column<Guid>(type: "uuid", nullable: true),
                    consent_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    chain_positions_sought = table.Column<string[]>(type: "text[]", nullable: false),
                    consent_to_contact = table.Column<bool>(type: "boolean", nullable: false),
                    contact_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    cooperation_modes = table.Column<string[]>(type: "text[]", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    headquarters_city = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    headquarters_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    headquarters_province = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    industries_sought = table.Column<string[]>(type: "text[]", nullable: false),
                    keywords = table.Column<string[]>(type: "text[]", nullable: false),
                    land_needed_square_metres = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    languages = table.Column<string[]>(type: "text[]", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    preferred_regions = table.Column<string[]>(type: "text[]", nullable: false),
                    ticket_max_fen = table.Column<long>(type: "bigint", nullable: true),
                    ticket_min_fen = table.Column<long>(type: "bigint", nullable: true),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    unified_social_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investor_organisations", x => x.id);
                    table.CheckConstraint("ck_investor_organisations_ticket", "ticket_min_fen IS NULL OR ticket_max_fen IS NULL OR ticket_min_fen <= ticket_max_fen");
                });

            migrationBuilder.CreateTable(
                name: "lead_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    lead_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    @internal = table.Column<bool>(name: "internal", type: "boolean", nullable: false),
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lead_activities", x => x.id);
                    table.ForeignKey(
                        name: "FK_lead_activities_leads_lead_id",
                        column: x => x.lead_id,
                        principalTable: "leads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lead_stage_changes",
                columns: table => new
                {
                    lead_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    from_stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    to_stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lead_stage_changes", x => new { x.lead_id, x.sequence });
                    table.ForeignKey(
                        name: "FK_lead_stage_changes_leads_lead_id",
                        column: x => x.lead_id,
                        principalTable: "leads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lost_reasons",
                columns: table => new
                {
                    town_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    retired = table.Column<bool>(type: "boolean", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lost_reasons", x => new { x.town_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "project_directory",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    town_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    industry_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    amount_min_fen = table.Column<long>(type: "bigint", nullable: false),
                    amount_max_fen = table.Column<long>(type: "bigint", nullable: false),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_directory", x => x.project_id);
                });

            migrationBuilder.CreateTable(
                name: "town_targets",
                columns: table => new
                {
                    town_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    signed_amount_fen = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_town_targets", x => new { x.town_id, x.year });
                    table.CheckConstraint("ck_town_targets_amount", "signed_amount_fen >= 0");
                });

            migrationBuilder.CreateTable(
                name: "funds_arrivals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    deal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_fen = table.Column<long>(type: "bigint", nullable: false),
                    arrived_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funds_arrivals", x => x.id);
                    table.CheckConstraint("ck_funds_arrivals_amount", "amount_fen > 0");
                    table.ForeignKey(
                        name: "FK_funds_arrivals_deals_deal_id",
                        column: x => x.deal_id,
                        principalTable: "deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisation_members",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisation_members", x => x.user_id);
                    table.ForeignKey(
                        name: "FK_organisation_members_investor_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "investor_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_town_directory_city",
                table: "town_directory",
                column: "city");

            migrationBuilder.Sql("""
                INSERT INTO investor_organisations (id, name, name_en, type, normalised_name, claimed, created_at, updated_at, version, consent_to_contact,
                    industries_sought, chain_positions_sought, cooperation_modes, preferred_regions, languages, keywords)
                SELECT gen_random_uuid(), '投资者 ' || left(u.investor_user_id::text, 8), 'Investor ' || left(u.investor_user_id::text, 8), 'Company',
                    'investor' || replace(u.investor_user_id::text, '-', ''), true, now(), now(), 1, false, '{}', '{}', '{}', '{}', '{}', '{}'
                FROM (SELECT DISTINCT investor_user_id FROM leads WHERE investor_user_id IS NOT NULL) u;
                INSERT INTO organisation_members (user_id, organisation_id, joined_at)
                SELECT u.investor_user_id, o.id, now()
                FROM (SELECT DISTINCT investor_user_id FROM leads WHERE investor_user_id IS NOT NULL) u
                JOIN investor_organisations o ON o.normalised_name = 'investor' || replace(u.investor_user_id::text, '-', '');
                UPDATE leads SET organisation_id = m.organisation_id FROM organisation_members m WHERE m.user_id = leads.investor_user_id;
                UPDATE leads SET stage = 'Lead', source = 'Inbound', stage_entered_at = created_at, updated_at = created_at, version = 1;
                UPDATE leads l SET open_key = replace(l.organisation_id::text, '-', '') || ':' || replace(l.town_id::text, '-', '') || ':-:-'
                WHERE l.id = (SELECT max(id::text)::uuid FROM leads d WHERE d.organisation_id = l.organisation_id AND d.town_id = l.town_id);
                INSERT INTO lead_stage_changes (lead_id, sequence, from_stage, to_stage, actor, at)
                SELECT id, 1, NULL, 'Lead', coalesce(investor_user_id::text, ''), created_at FROM leads;
                UPDATE leads SET stage = 'Lost', lost_from = 'Lead', lost_reason = 'other', version = 2, updated_at = now(), stage_entered_at = now()
                WHERE open_key IS NULL;
                INSERT INTO lead_stage_changes (lead_id, sequence, from_stage, to_stage, actor, at, note)
                SELECT id, 2, 'Lead', 'Lost', 'migration', now(), '同一投资方与镇的较新线索仍在跟进 A newer lead of the same investor and town is open'
                FROM leads WHERE stage = 'Lost';
                UPDATE leads SET next_action = '联系投资方 Contact the investor', next_action_due = (now() AT TIME ZONE 'Asia/Shanghai')::date + 3
                WHERE stage = 'Lead';
                """);

            migrationBuilder.Sql("CREATE UNIQUE INDEX ux_investor_organisations_credit_code ON investor_organisations (unified_social_credit_code) WHERE unified_social_credit_code IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_leads_organisation_id",
                table: "leads",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_leads_investor_user_id",
                table: "leads",
                column: "investor_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_leads_owner_due",
                table: "leads",
                columns: new[] { "owner_id", "next_action_due" });

            migrationBuilder.CreateIndex(
                name: "ix_leads_town_stage",
                table: "leads",
                columns: new[] { "town_id", "stage" });

            migrationBuilder.CreateIndex(
                name: "ux_leads_open_key",
                table: "leads",
                column: "open_key",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_leads_expected_amount",
                table: "leads",
                sql: "expected_amount_fen IS NULL OR expected_amount_fen >= 0");

            migrationBuilder.CreateIndex(
                name: "ix_deals_town_signed_on",
                table: "deals",
                columns: new[] { "town_id", "signed_on" });

            migrationBuilder.CreateIndex(
                name: "ux_deals_lead_standing",
                table: "deals",
                column: "lead_id",
                unique: true,
                filter: "terminated_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_funds_arrivals_deal_id",
                table: "funds_arrivals",
                column: "deal_id");

            migrationBuilder.CreateIndex(
                name: "ix_gap_directory_town",
                table: "gap_directory",
                column: "town_id");

            migrationBuilder.CreateIndex(
                name: "ux_investor_organisations_normalised_name",
                table: "investor_organisations",
                column: "normalised_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lead_activities_lead",
                table: "lead_activities",
                columns: new[] { "lead_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ux_lead_activities_meeting",
                table: "lead_activities",
                column: "meeting_id",
                unique: true,
                filter: "meeting_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_members_organisation",
                table: "organisation_members",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_project_directory_town",
                table: "project_directory",
                column: "town_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_up_alerts");

            migrationBuilder.DropTable(
                name: "funds_arrivals");

            migrationBuilder.DropTable(
                name: "gap_directory");

            migrationBuilder.DropTable(
                name: "lead_activities");

            migrationBuilder.DropTable(
                name: "lead_stage_changes");

            migrationBuilder.DropTable(
                name: "lost_reasons");

            migrationBuilder.DropTable(
                name: "organisation_members");

            migrationBuilder.DropTable(
                name: "project_directory");

            migrationBuilder.DropTable(
                name: "town_targets");

            migrationBuilder.DropTable(
                name: "deals");

            migrationBuilder.DropTable(
                name: "investor_organisations");

            migrationBuilder.DropIndex(
                name: "ix_town_directory_city",
                table: "town_directory");

            migrationBuilder.DropIndex(
                name: "ix_leads_investor_user_id",
                table: "leads");

            migrationBuilder.DropIndex(
                name: "ix_leads_owner_due",
                table: "leads");

            migrationBuilder.DropIndex(
                name: "ix_leads_town_stage",
                table: "leads");

            migrationBuilder.DropIndex(
                name: "ux_leads_open_key",
                table: "leads");

            migrationBuilder.DropCheckConstraint(
                name: "ck_leads_expected_amount",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "city",
                table: "town_directory");

            migrationBuilder.DropColumn(
                name: "expected_amount_fen",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "gap_id",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "lost_from",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "lost_reason",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "next_action",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "next_action_due",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "open_key",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "owner_id",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "owner_name",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "project_id",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "source",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "stage_entered_at",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "version",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "visit_on",
                table: "leads");

            migrationBuilder.DropIndex(
                name: "ix_leads_organisation_id",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "leads");

            migrationBuilder.Sql("UPDATE leads SET stage = 'new'");

            migrationBuilder.Sql("DELETE FROM leads WHERE investor_user_id IS NULL");

            migrationBuilder.RenameColumn(
                name: "investor_user_id",
                table: "leads",
                newName: "investor_id");

            migrationBuilder.Sql("ALTER TABLE leads ALTER COLUMN investor_id SET NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_leads_investor_id",
                table: "leads",
                column: "investor_id");

            migrationBuilder.CreateIndex(
                name: "ix_leads_town_id",
                table: "leads",
                column: "town_id");
        }
    }
}
