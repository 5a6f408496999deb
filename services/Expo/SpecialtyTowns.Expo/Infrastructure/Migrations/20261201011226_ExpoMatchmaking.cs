using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Expo.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ExpoMatchmaking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "max_meetings_enterprise",
                table: "events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "max_meetings_investor",
                table: "events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "max_meetings_town",
                table: "events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "registration_open",
                table: "events",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "reminder_hours_before",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<int>(
                name: "request_expiry_hours",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 72);

            migrationBuilder.AddColumn<List<string>>(
                name: "request_rules",
                table: "events",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{investor>town,investor>enterprise,town>investor,town>enterprise,enterprise>investor,enterprise>town}'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "venue",
                table: "events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "halls",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_halls", x => x.id);
                    table.ForeignKey(
                        name: "FK_halls_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interpreters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interpreters", x => x.id);
                    table.ForeignKey(
                        name: "FK_interpreters_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    max_meetings = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    registered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    attendees = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participants", x => x.id);
                    table.CheckConstraint("ck_participants_seats", "seats between 1 and 20");
                    table.ForeignKey(
                        name: "FK_participants_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "schedule_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    time_limit_seconds = table.Column<int>(type: "integer", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    heartbeat_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    progress = table.Column<string>(type: "jsonb", nullable: false),
                    result = table.Column<string>(type: "jsonb", nullable: true),
                    error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_schedule_runs", x => x.id);
                    table.ForeignKey(
                        name: "FK_schedule_runs_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    starts_at = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ends_at = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    meeting_minutes = table.Column<int>(type: "integer", nullable: false),
                    break_minutes = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sessions", x => x.id);
                    table.ForeignKey(
                        name: "FK_sessions_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tables",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hall_id = table.Column<Guid>(type: "uuid", nullable: false),
                    label = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    zone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tables", x => x.id);
                    table.CheckConstraint("ck_tables_seats", "seats between 2 and 50");
                    table.ForeignKey(
                        name: "FK_tables_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_tables_halls_hall_id",
                        column: x => x.hall_id,
                        principalTable: "halls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    data = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.id);
                    table.ForeignKey(
                        name: "FK_notifications_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "slots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_slots", x => x.id);
                    table.CheckConstraint("ck_slots_ends_after_start", "ends_at > starts_at");
                    table.ForeignKey(
                        name: "FK_slots_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_slots_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "meeting_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    project_id = table.Column<Guid>(type: "uuid", nullable: true),
                    gap_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reminded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    proposed_slot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    interpreter_language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    attendee_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    countered_by = table.Column<Guid>(type: "uuid", nullable: true),
                    counter_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_meeting_requests_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_meeting_requests_participants_from_participant_id",
                        column: x => x.from_participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meeting_requests_slots_proposed_slot_id",
                        column: x => x.proposed_slot_id,
                        principalTable: "slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "participant_unavailable_slots",
                columns: table => new
                {
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    slot_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participant_unavailable_slots", x => new { x.participant_id, x.slot_id });
                    table.ForeignKey(
                        name: "FK_participant_unavailable_slots_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_participant_unavailable_slots_slots_slot_id",
                        column: x => x.slot_id,
                        principalTable: "slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_request_parties",
                columns: table => new
                {
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    response = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_request_parties", x => new { x.request_id, x.participant_id });
                    table.ForeignKey(
                        name: "FK_meeting_request_parties_meeting_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "meeting_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_meeting_request_parties_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    slot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    table_id = table.Column<Guid>(type: "uuid", nullable: true),
                    interpreter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    interpreter_language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    weight = table.Column<int>(type: "integer", nullable: false),
                    preferred_slot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    attendee_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: true),
                    gap_id = table.Column<Guid>(type: "uuid", nullable: true),
                    locked = table.Column<bool>(type: "boolean", nullable: false),
                    placed_by = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    placed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings", x => x.id);
                    table.CheckConstraint("ck_meetings_placed", "(slot_id is null) = (table_id is null) and (status = 'scheduled') = (slot_id is not null)");
                    table.CheckConstraint("ck_meetings_weight", "weight between 1 and 100");
                    table.ForeignKey(
                        name: "FK_meetings_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_meetings_interpreters_interpreter_id",
                        column: x => x.interpreter_id,
                        principalTable: "interpreters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meetings_meeting_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "meeting_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meetings_slots_preferred_slot_id",
                        column: x => x.preferred_slot_id,
                        principalTable: "slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_meetings_slots_slot_id",
                        column: x => x.slot_id,
                        principalTable: "slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meetings_tables_table_id",
                        column: x => x.table_id,
                        principalTable: "tables",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_parties",
                columns: table => new
                {
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_parties", x => new { x.meeting_id, x.participant_id });
                    table.ForeignKey(
                        name: "FK_meeting_parties_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_meeting_parties_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "slot_occupancy",
                columns: table => new
                {
                    resource_kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    slot_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_slot_occupancy", x => new { x.meeting_id, x.resource_kind, x.resource_id });
                    table.CheckConstraint("ck_slot_occupancy_kind", "resource_kind in ('participant', 'table', 'interpreter')");
                    table.ForeignKey(
                        name: "FK_slot_occupancy_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_slot_occupancy_slots_slot_id",
                        column: x => x.slot_id,
                        principalTable: "slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ux_halls_event_name",
                table: "halls",
                columns: new[] { "event_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_interpreters_event_id",
                table: "interpreters",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_parties_participant_id",
                table: "meeting_parties",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_request_parties_participant",
                table: "meeting_request_parties",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_requests_event_status_expires",
                table: "meeting_requests",
                columns: new[] { "event_id", "status", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_requests_from",
                table: "meeting_requests",
                column: "from_participant_id");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_requests_proposed_slot_id",
                table: "meeting_requests",
                column: "proposed_slot_id");

            migrationBuilder.CreateIndex(
                name: "ux_meeting_requests_source",
                table: "meeting_requests",
                columns: new[] { "source", "source_id" },
                unique: true,
                filter: "source_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_event_status",
                table: "meetings",
                columns: new[] { "event_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_interpreter_id",
                table: "meetings",
                column: "interpreter_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_preferred_slot_id",
                table: "meetings",
                column: "preferred_slot_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_slot_id",
                table: "meetings",
                column: "slot_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_table_id",
                table: "meetings",
                column: "table_id");

            migrationBuilder.CreateIndex(
                name: "ux_meetings_request_id",
                table: "meetings",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_participant_created_at",
                table: "notifications",
                columns: new[] { "participant_id", "created_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_participant_unavailable_slots_slot_id",
                table: "participant_unavailable_slots",
                column: "slot_id");

            migrationBuilder.CreateIndex(
                name: "ix_participants_event_status",
                table: "participants",
                columns: new[] { "event_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_participants_subject",
                table: "participants",
                columns: new[] { "kind", "subject_id" });

            migrationBuilder.CreateIndex(
                name: "ux_participants_event_subject",
                table: "participants",
                columns: new[] { "event_id", "kind", "subject_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_schedule_runs_event_requested_at",
                table: "schedule_runs",
                columns: new[] { "event_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_schedule_runs_status",
                table: "schedule_runs",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ux_schedule_runs_one_active",
                table: "schedule_runs",
                column: "event_id",
                unique: true,
                filter: "status in ('queued', 'running')");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_event_day",
                table: "sessions",
                columns: new[] { "event_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_slot_occupancy_event_resource",
                table: "slot_occupancy",
                columns: new[] { "event_id", "resource_kind", "resource_id" });

            migrationBuilder.CreateIndex(
                name: "ux_slot_occupancy_interpreter",
                table: "slot_occupancy",
                columns: new[] { "slot_id", "resource_id" },
                unique: true,
                filter: "resource_kind = 'interpreter'");

            migrationBuilder.CreateIndex(
                name: "ux_slot_occupancy_participant",
                table: "slot_occupancy",
                columns: new[] { "slot_id", "resource_id" },
                unique: true,
                filter: "resource_kind = 'participant'");

            migrationBuilder.CreateIndex(
                name: "ux_slot_occupancy_table",
                table: "slot_occupancy",
                columns: new[] { "slot_id", "resource_id" },
                unique: true,
                filter: "resource_kind = 'table'");

            migrationBuilder.CreateIndex(
                name: "ix_slots_event_starts_at",
                table: "slots",
                columns: new[] { "event_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "IX_slots_session_id",
                table: "slots",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_tables_hall_id",
                table: "tables",
                column: "hall_id");

            migrationBuilder.CreateIndex(
                name: "ux_tables_event_label",
                table: "tables",
                columns: new[] { "event_id", "label" },
                unique: true);

            // Slots of one event never overlap: the database refuses it, whoever writes them.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql("ALTER TABLE slots ADD CONSTRAINT ex_slots_no_overlap EXCLUDE USING gist (event_id WITH =, tstzrange(starts_at, ends_at) WITH &&);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_parties");

            migrationBuilder.DropTable(
                name: "meeting_request_parties");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "participant_unavailable_slots");

            migrationBuilder.DropTable(
                name: "schedule_runs");

            migrationBuilder.DropTable(
                name: "slot_occupancy");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "interpreters");

            migrationBuilder.DropTable(
                name: "meeting_requests");

            migrationBuilder.DropTable(
                name: "tables");

            migrationBuilder.DropTable(
                name: "participants");

            migrationBuilder.DropTable(
                name: "slots");

            migrationBuilder.DropTable(
                name: "halls");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropColumn(
                name: "max_meetings_enterprise",
                table: "events");

            migrationBuilder.DropColumn(
                name: "max_meetings_investor",
                table: "events");

            migrationBuilder.DropColumn(
                name: "max_meetings_town",
                table: "events");

            migrationBuilder.DropColumn(
                name: "registration_open",
                table: "events");

            migrationBuilder.DropColumn(
                name: "reminder_hours_before",
                table: "events");

            migrationBuilder.DropColumn(
                name: "request_expiry_hours",
                table: "events");

            migrationBuilder.DropColumn(
                name: "request_rules",
                table: "events");

            migrationBuilder.DropColumn(
                name: "venue",
                table: "events");
        }
    }
}
