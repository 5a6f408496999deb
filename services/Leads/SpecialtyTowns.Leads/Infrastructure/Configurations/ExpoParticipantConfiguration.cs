using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Leads.Domain.Expo;

namespace SpecialtyTowns.Leads.Infrastructure.Configurations;

/// <summary>The expo participants learned from Expo's events, read by event when one is scored against the others.</summary>
public sealed class ExpoParticipantConfiguration : IEntityTypeConfiguration<ExpoParticipant>
{
    public void Configure(EntityTypeBuilder<ExpoParticipant> participant)
    {
        participant.ToTable("expo_participants");
        participant.HasKey(p => p.ParticipantId);
        participant.Property(p => p.ParticipantId).HasColumnName("participant_id").ValueGeneratedNever();
        participant.Property(p => p.EventId).HasColumnName("event_id");
        participant.Property(p => p.Kind).HasColumnName("kind").HasMaxLength(20);
        participant.Property(p => p.SubjectId).HasColumnName("subject_id");
        participant.Property(p => p.OrganisationId).HasColumnName("organisation_id");
        participant.Property(p => p.Approved).HasColumnName("approved");
        participant.Property(p => p.Withdrawn).HasColumnName("withdrawn");
        participant.Ignore(p => p.Active);
        participant.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        participant.HasIndex(p => p.EventId).HasDatabaseName("ix_expo_participants_event");
    }
}
