using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Domain.Setup;

namespace SpecialtyTowns.Expo.Infrastructure.Configurations;

/// <summary>
/// Meetings, their parties and what they occupy. The occupancy's unique indexes (one per resource
/// kind: <see cref="OccupancyIndexes"/>) are what guarantees no double booking; slots and tables
/// with placed meetings cannot be deleted (restrict), so nothing is dropped silently.
/// </summary>
public sealed class MeetingConfiguration :
    IEntityTypeConfiguration<Meeting>,
    IEntityTypeConfiguration<MeetingParty>,
    IEntityTypeConfiguration<SlotOccupancy>
{
    public void Configure(EntityTypeBuilder<Meeting> meeting)
    {
        meeting.ToTable("meetings");
        meeting.HasKey(m => m.Id);
        meeting.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        meeting.Property(m => m.EventId).HasColumnName("event_id");
        meeting.Property(m => m.RequestId).HasColumnName("request_id");
        meeting.Property(m => m.Status).HasColumnName("status").HasMaxLength(20);
        meeting.Property(m => m.SlotId).HasColumnName("slot_id");
        meeting.Property(m => m.TableId).HasColumnName("table_id");
        meeting.Property(m => m.InterpreterId).HasColumnName("interpreter_id");
        meeting.Property(m => m.InterpreterLanguage).HasColumnName("interpreter_language").HasMaxLength(10);
        meeting.Property(m => m.Weight).HasColumnName("weight");
        meeting.Property(m => m.PreferredSlotId).HasColumnName("preferred_slot_id");
        meeting.Property(m => m.AttendeeIds).HasColumnName("attendee_ids");
        meeting.Property(m => m.ProjectId).HasColumnName("project_id");
        meeting.Property(m => m.GapId).HasColumnName("gap_id");
        meeting.Property(m => m.Locked).HasColumnName("locked");
        meeting.Property(m => m.PlacedBy).HasColumnName("placed_by").HasMaxLength(20);
        meeting.Property(m => m.PlacedAt).HasColumnName("placed_at");
        meeting.Property(m => m.CreatedAt).HasColumnName("created_at");
        meeting.Property(m => m.CancelledAt).HasColumnName("cancelled_at");
        meeting.Property(m => m.CancelReason).HasColumnName("cancel_reason").HasMaxLength(500);
        meeting.Property(m => m.CalendarSequence).HasColumnName("calendar_sequence");
        meeting.Property(m => m.CalendarSlotId).HasColumnName("calendar_slot_id");
        meeting.Property(m => m.CalendarTableId).HasColumnName("calendar_table_id");
        meeting.Property(m => m.Version).HasColumnName("version").IsConcurrencyToken();
        meeting.HasMany(m => m.Parties).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasMany(m => m.Occupancy).WithOne().HasForeignKey(o => o.MeetingId).OnDelete(DeleteBehavior.Cascade);
        meeting.Navigation(m => m.Parties).AutoInclude();
        meeting.Navigation(m => m.Occupancy).AutoInclude();
        meeting.HasOne<ExpoEvent>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasOne<MeetingRequest>().WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Restrict);
        meeting.HasOne<Slot>().WithMany().HasForeignKey(m => m.SlotId).OnDelete(DeleteBehavior.Restrict);
        meeting.HasOne<Slot>().WithMany().HasForeignKey(m => m.PreferredSlotId).OnDelete(DeleteBehavior.SetNull);
        meeting.HasOne<ExpoTable>().WithMany().HasForeignKey(m => m.TableId).OnDelete(DeleteBehavior.Restrict);
        meeting.HasOne<Interpreter>().WithMany().HasForeignKey(m => m.InterpreterId).OnDelete(DeleteBehavior.Restrict);
        meeting.HasIndex(m => m.RequestId).IsUnique().HasFilter("request_id is not null").HasDatabaseName("ux_meetings_request_id");
        meeting.HasIndex(m => new { m.EventId, m.Status }).HasDatabaseName("ix_meetings_event_status");
        meeting.HasIndex(m => m.SlotId).HasDatabaseName("ix_meetings_slot_id");
        meeting.HasIndex(m => m.TableId).HasDatabaseName("ix_meetings_table_id");
        meeting.HasIndex(m => m.InterpreterId).HasDatabaseName("ix_meetings_interpreter_id");
        meeting.HasIndex(m => m.PreferredSlotId).HasDatabaseName("ix_meetings_preferred_slot_id");
        meeting.ToTable(t => t.HasCheckConstraint("ck_meetings_weight", "weight between 1 and 100"));
        meeting.ToTable(t => t.HasCheckConstraint("ck_meetings_placed", "(slot_id is null) = (table_id is null) and (status in ('scheduled','no-show')) = (slot_id is not null)"));
    }

    public void Configure(EntityTypeBuilder<MeetingParty> party)
    {
        party.ToTable("meeting_parties");
        party.HasKey(p => new { p.MeetingId, p.ParticipantId });
        party.Property(p => p.MeetingId).HasColumnName("meeting_id");
        party.Property(p => p.ParticipantId).HasColumnName("participant_id");
        party.Property(p => p.CheckedInAt).HasColumnName("checked_in_at");
        party.Property(p => p.CheckedInBy).HasColumnName("checked_in_by").HasMaxLength(100);
        party.Property(p => p.NoShow).HasColumnName("no_show").HasMaxLength(20);
        party.Property(p => p.NoShowAt).HasColumnName("no_show_at");
        party.HasOne<Participant>().WithMany().HasForeignKey(p => p.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        party.HasIndex(p => p.ParticipantId).HasDatabaseName("ix_meeting_parties_participant_id");
    }

    public void Configure(EntityTypeBuilder<SlotOccupancy> occupancy)
    {
        occupancy.ToTable("slot_occupancy");
        occupancy.HasKey(o => new { o.MeetingId, o.ResourceKind, o.ResourceId });
        occupancy.Property(o => o.EventId).HasColumnName("event_id");
        occupancy.Property(o => o.SlotId).HasColumnName("slot_id");
        occupancy.Property(o => o.ResourceKind).HasColumnName("resource_kind").HasMaxLength(12);
        occupancy.Property(o => o.ResourceId).HasColumnName("resource_id");
        occupancy.Property(o => o.MeetingId).HasColumnName("meeting_id");
        occupancy.HasOne<Slot>().WithMany().HasForeignKey(o => o.SlotId).OnDelete(DeleteBehavior.Restrict);
        occupancy.HasIndex(o => new { o.SlotId, o.ResourceId }, OccupancyIndexes.Participant).IsUnique()
            .HasFilter($"resource_kind = '{ResourceKinds.Participant}'");
        occupancy.HasIndex(o => new { o.SlotId, o.ResourceId }, OccupancyIndexes.Table).IsUnique()
            .HasFilter($"resource_kind = '{ResourceKinds.Table}'");
        occupancy.HasIndex(o => new { o.SlotId, o.ResourceId }, OccupancyIndexes.Interpreter).IsUnique()
            .HasFilter($"resource_kind = '{ResourceKinds.Interpreter}'");
        occupancy.HasIndex(o => new { o.EventId, o.ResourceKind, o.ResourceId }).HasDatabaseName("ix_slot_occupancy_event_resource");
        occupancy.ToTable(t => t.HasCheckConstraint("ck_slot_occupancy_kind", "resource_kind in ('participant', 'table', 'interpreter')"));
    }
}
