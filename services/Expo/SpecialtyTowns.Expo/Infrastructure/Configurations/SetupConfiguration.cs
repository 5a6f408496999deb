using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Setup;

namespace SpecialtyTowns.Expo.Infrastructure.Configurations;

/// <summary>An event's venue and time: halls, tables, sessions, slots and interpreters, each owned by its event.</summary>
public sealed class SetupConfiguration :
    IEntityTypeConfiguration<Hall>,
    IEntityTypeConfiguration<ExpoTable>,
    IEntityTypeConfiguration<ExpoSession>,
    IEntityTypeConfiguration<Slot>,
    IEntityTypeConfiguration<Interpreter>
{
    public void Configure(EntityTypeBuilder<Hall> hall)
    {
        hall.ToTable("halls");
        hall.HasKey(h => h.Id);
        hall.Property(h => h.Id).HasColumnName("id").ValueGeneratedNever();
        hall.Property(h => h.EventId).HasColumnName("event_id");
        hall.Property(h => h.Name).HasColumnName("name").HasMaxLength(100);
        hall.Property(h => h.NameEn).HasColumnName("name_en").HasMaxLength(200);
        hall.Property(h => h.Position).HasColumnName("position");
        hall.HasOne<ExpoEvent>().WithMany().HasForeignKey(h => h.EventId).OnDelete(DeleteBehavior.Cascade);
        hall.HasIndex(h => new { h.EventId, h.Name }).IsUnique().HasDatabaseName("ux_halls_event_name");
    }

    public void Configure(EntityTypeBuilder<ExpoTable> table)
    {
        table.ToTable("tables");
        table.HasKey(t => t.Id);
        table.Property(t => t.Id).HasColumnName("id").ValueGeneratedNever();
        table.Property(t => t.EventId).HasColumnName("event_id");
        table.Property(t => t.HallId).HasColumnName("hall_id");
        table.Property(t => t.Label).HasColumnName("label").HasMaxLength(20);
        table.Property(t => t.Seats).HasColumnName("seats");
        table.Property(t => t.Zone).HasColumnName("zone").HasMaxLength(50);
        table.HasOne<ExpoEvent>().WithMany().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        table.HasOne<Hall>().WithMany().HasForeignKey(t => t.HallId).OnDelete(DeleteBehavior.Restrict);
        table.HasIndex(t => new { t.EventId, t.Label }).IsUnique().HasDatabaseName("ux_tables_event_label");
        table.HasIndex(t => t.HallId).HasDatabaseName("ix_tables_hall_id");
        table.ToTable(t => t.HasCheckConstraint("ck_tables_seats", "seats between 2 and 50"));
    }

    public void Configure(EntityTypeBuilder<ExpoSession> session)
    {
        session.ToTable("sessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        session.Property(s => s.EventId).HasColumnName("event_id");
        session.Property(s => s.Day).HasColumnName("day");
        session.Property(s => s.StartsAt).HasColumnName("starts_at");
        session.Property(s => s.EndsAt).HasColumnName("ends_at");
        session.Property(s => s.MeetingMinutes).HasColumnName("meeting_minutes");
        session.Property(s => s.BreakMinutes).HasColumnName("break_minutes");
        session.Property(s => s.Name).HasColumnName("name").HasMaxLength(100);
        session.Property(s => s.NameEn).HasColumnName("name_en").HasMaxLength(200);
        session.HasOne<ExpoEvent>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        session.HasIndex(s => new { s.EventId, s.Day }).HasDatabaseName("ix_sessions_event_day");
    }

    public void Configure(EntityTypeBuilder<Slot> slot)
    {
        slot.ToTable("slots");
        slot.HasKey(s => s.Id);
        slot.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        slot.Property(s => s.EventId).HasColumnName("event_id");
        slot.Property(s => s.SessionId).HasColumnName("session_id");
        slot.Property(s => s.StartsAt).HasColumnName("starts_at");
        slot.Property(s => s.EndsAt).HasColumnName("ends_at");
        slot.HasOne<ExpoEvent>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        slot.HasOne<ExpoSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.SetNull);
        slot.HasIndex(s => new { s.EventId, s.StartsAt }).HasDatabaseName("ix_slots_event_starts_at");
        slot.ToTable(t => t.HasCheckConstraint("ck_slots_ends_after_start", "ends_at > starts_at"));
    }

    public void Configure(EntityTypeBuilder<Interpreter> interpreter)
    {
        interpreter.ToTable("interpreters");
        interpreter.HasKey(i => i.Id);
        interpreter.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
        interpreter.Property(i => i.EventId).HasColumnName("event_id");
        interpreter.Property(i => i.Name).HasColumnName("name").HasMaxLength(100);
        interpreter.Property(i => i.Languages).HasColumnName("languages");
        interpreter.HasOne<ExpoEvent>().WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
        interpreter.HasIndex(i => i.EventId).HasDatabaseName("ix_interpreters_event_id");
    }
}
