using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Expo.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ExpoDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_meetings_placed",
                table: "meetings");

            migrationBuilder.AddColumn<int>(
                name: "calendar_sequence",
                table: "meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "checked_in_at",
                table: "meeting_parties",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "checked_in_by",
                table: "meeting_parties",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "no_show",
                table: "meeting_parties",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "no_show_at",
                table: "meeting_parties",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "no_show_after_minutes",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "pending_too_long_hours",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 48);

            migrationBuilder.AddColumn<int>(
                name: "standby_offer_seconds",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 180);

            migrationBuilder.CreateTable(
                name: "badge_keys",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key_id = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    private_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    public_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_badge_keys", x => x.event_id);
                    table.ForeignKey(
                        name: "FK_badge_keys_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "calendar_feeds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_feeds", x => x.id);
                    table.ForeignKey(
                        name: "FK_calendar_feeds_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_calendar_feeds_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "expo_leads",
                columns: table => new
                {
                    lead_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created = table.Column<bool>(type: "boolean", nullable: false),
                    seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    committed_yuan = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_leads", x => x.lead_id);
                    table.ForeignKey(
                        name: "FK_expo_leads_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_outcomes",
                columns: table => new
                {
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held = table.Column<bool>(type: "boolean", nullable: false),
                    rating = table.Column<int>(type: "integer", nullable: true),
                    next_step = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_outcomes", x => new { x.meeting_id, x.participant_id });
                    table.CheckConstraint("ck_meeting_outcomes_next_step", "next_step in ('none','follow-up','site-visit','negotiation','intent-to-sign')");
                    table.CheckConstraint("ck_meeting_outcomes_rating", "rating is null or rating between 1 and 5");
                    table.ForeignKey(
                        name: "FK_meeting_outcomes_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_meeting_outcomes_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_meeting_outcomes_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "standby_offers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offered_to_id = table.Column<Guid>(type: "uuid", nullable: false),
                    slot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    table_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    offered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    new_meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_standby_offers", x => x.id);
                    table.CheckConstraint("ck_standby_offers_status", "status in ('offered','accepted','declined','expired','withdrawn')");
                    table.ForeignKey(
                        name: "FK_standby_offers_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_standby_offers_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_standby_offers_meetings_new_meeting_id",
                        column: x => x.new_meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_standby_offers_participants_offered_to_id",
                        column: x => x.offered_to_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_standby_offers_participants_partner_id",
                        column: x => x.partner_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_standby_offers_slots_slot_id",
                        column: x => x.slot_id,
                        principalTable: "slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_standby_offers_tables_table_id",
                        column: x => x.table_id,
                        principalTable: "tables",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "venue_check_ins",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    attendee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    method = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    checked_in_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_venue_check_ins", x => x.id);
                    table.CheckConstraint("ck_venue_check_ins_method", "method in ('scan','code','search')");
                    table.ForeignKey(
                        name: "FK_venue_check_ins_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_venue_check_ins_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_meetings_placed",
                table: "meetings",
                sql: "(slot_id is null) = (table_id is null) and (status in ('scheduled','no-show')) = (slot_id is not null)");

            migrationBuilder.CreateIndex(
                name: "IX_calendar_feeds_event_id",
                table: "calendar_feeds",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ux_calendar_feeds_live_participant",
                table: "calendar_feeds",
                column: "participant_id",
                unique: true,
                filter: "revoked_at is null");

            migrationBuilder.CreateIndex(
                name: "ux_calendar_feeds_token_hash",
                table: "calendar_feeds",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_expo_leads_event",
                table: "expo_leads",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_outcomes_event_held",
                table: "meeting_outcomes",
                columns: new[] { "event_id", "held" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_outcomes_participant",
                table: "meeting_outcomes",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_standby_offers_event",
                table: "standby_offers",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_standby_offers_new_meeting",
                table: "standby_offers",
                column: "new_meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_standby_offers_offered_to",
                table: "standby_offers",
                column: "offered_to_id");

            migrationBuilder.CreateIndex(
                name: "ix_standby_offers_partner",
                table: "standby_offers",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_standby_offers_slot",
                table: "standby_offers",
                column: "slot_id");

            migrationBuilder.CreateIndex(
                name: "ix_standby_offers_status_expires",
                table: "standby_offers",
                columns: new[] { "status", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "ix_standby_offers_table",
                table: "standby_offers",
                column: "table_id");

            migrationBuilder.CreateIndex(
                name: "ux_standby_offers_meeting_candidate",
                table: "standby_offers",
                columns: new[] { "meeting_id", "offered_to_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_standby_offers_open_per_meeting",
                table: "standby_offers",
                column: "meeting_id",
                unique: true,
                filter: "status = 'offered'");

            migrationBuilder.CreateIndex(
                name: "ix_venue_check_ins_event_at",
                table: "venue_check_ins",
                columns: new[] { "event_id", "checked_in_at" });

            migrationBuilder.CreateIndex(
                name: "ux_venue_check_ins_participant_attendee",
                table: "venue_check_ins",
                columns: new[] { "participant_id", "attendee_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "badge_keys");

            migrationBuilder.DropTable(
                name: "calendar_feeds");

            migrationBuilder.DropTable(
                name: "expo_leads");

            migrationBuilder.DropTable(
                name: "meeting_outcomes");

            migrationBuilder.DropTable(
                name: "standby_offers");

            migrationBuilder.DropTable(
                name: "venue_check_ins");

            migrationBuilder.DropCheckConstraint(
                name: "ck_meetings_placed",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "calendar_sequence",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "checked_in_at",
                table: "meeting_parties");

            migrationBuilder.DropColumn(
                name: "checked_in_by",
                table: "meeting_parties");

            migrationBuilder.DropColumn(
                name: "no_show",
                table: "meeting_parties");

            migrationBuilder.DropColumn(
                name: "no_show_at",
                table: "meeting_parties");

            migrationBuilder.DropColumn(
                name: "no_show_after_minutes",
                table: "events");

            migrationBuilder.DropColumn(
                name: "pending_too_long_hours",
                table: "events");

            migrationBuilder.DropColumn(
                name: "standby_offer_seconds",
                table: "events");

            migrationBuilder.AddCheckConstraint(
                name: "ck_meetings_placed",
                table: "meetings",
                sql: "(slot_id is null) = (table_id is null) and (status = 'scheduled') = (slot_id is not null)");
        }
    }
}
