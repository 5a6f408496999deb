using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Setup;

namespace SpecialtyTowns.Expo.Infrastructure.Configurations;

/// <summary>Registrations: one per (event, kind, subject), attendees as JSON, unavailable slots as rows.</summary>
public sealed class ParticipantConfiguration :
    IEntityTypeConfiguration<Participant>,
    IEntityTypeConfiguration<ParticipantUnavailability>
{
    public void Configure(EntityTypeBuilder<Participant> participant)
    {
        participant.ToTable("participants");
        participant.HasKey(p => p.Id);
        participant.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        participant.Property(p => p.EventId).HasColumnName("event_id");
        participant.Property(p => p.Kind).HasColumnName("kind").HasMaxLength(20);
        participant.Property(p => p.SubjectId).HasColumnName("subject_id");
        participant.Property(p => p.OrganisationId).HasColumnName("organisation_id");
        participant.Property(p => p.Name).HasColumnName("name").HasMaxLength(200);
        participant.Property(p => p.NameEn).HasColumnName("name_en").HasMaxLength(300);
        participant.Property(p => p.Languages).HasColumnName("languages");
        participant.Property(p => p.Seats).HasColumnName("seats");
        participant.Property(p => p.MaxMeetings).HasColumnName("max_meetings");
        participant.Property(p => p.Status).HasColumnName("status").HasMaxLength(20);
        participant.Property(p => p.RegisteredBy).HasColumnName("registered_by").HasMaxLength(200);
        participant.Property(p => p.RegisteredAt).HasColumnName("registered_at");
        participant.Property(p => p.DecidedBy).HasColumnName("decided_by").HasMaxLength(200);
        participant.Property(p => p.DecidedAt).HasColumnName("decided_at");
        participant.Property(p => p.DecisionNote).HasColumnName("decision_note").HasMaxLength(500);
        participant.OwnsMany(p => p.Attendees, attendee =>
        {
            attendee.ToJson("attendees");
            attendee.Property(a => a.Name).HasMaxLength(100);
            attendee.Property(a => a.Title).HasMaxLength(100);
        });
        participant.HasOne<ExpoEvent>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        participant.HasIndex(p => new { p.EventId, p.Kind, p.SubjectId }).IsUnique().HasDatabaseName("ux_participants_event_subject");
        participant.HasIndex(p => new { p.EventId, p.Status }).HasDatabaseName("ix_participants_event_status");
        participant.HasIndex(p => new { p.Kind, p.SubjectId }).HasDatabaseName("ix_participants_subject");
        participant.ToTable(t => t.HasCheckConstraint("ck_participants_seats", "seats between 1 and 20"));
    }

    public void Configure(EntityTypeBuilder<ParticipantUnavailability> unavailable)
    {
        unavailable.ToTable("participant_unavailable_slots");
        unavailable.HasKey(u => new { u.ParticipantId, u.SlotId });
        unavailable.Property(u => u.ParticipantId).HasColumnName("participant_id");
        unavailable.Property(u => u.SlotId).HasColumnName("slot_id");
        unavailable.HasOne<Participant>().WithMany().HasForeignKey(u => u.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        unavailable.HasOne<Slot>().WithMany().HasForeignKey(u => u.SlotId).OnDelete(DeleteBehavior.Cascade);
        unavailable.HasIndex(u => u.SlotId).HasDatabaseName("ix_participant_unavailable_slots_slot_id");
    }
}
