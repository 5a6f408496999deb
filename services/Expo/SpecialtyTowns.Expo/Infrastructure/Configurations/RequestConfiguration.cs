using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Domain.Setup;

namespace SpecialtyTowns.Expo.Infrastructure.Configurations;

/// <summary>Meeting requests and their parties; a request from a recommendation is unique by its feedback id.</summary>
public sealed class RequestConfiguration :
    IEntityTypeConfiguration<MeetingRequest>,
    IEntityTypeConfiguration<MeetingRequestParty>
{
    public void Configure(EntityTypeBuilder<MeetingRequest> request)
    {
        request.ToTable("meeting_requests");
        request.HasKey(r => r.Id);
        request.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        request.Property(r => r.EventId).HasColumnName("event_id");
        request.Property(r => r.FromParticipantId).HasColumnName("from_participant_id");
        request.Property(r => r.Message).HasColumnName("message").HasMaxLength(1000);
        request.Property(r => r.ProjectId).HasColumnName("project_id");
        request.Property(r => r.GapId).HasColumnName("gap_id");
        request.Property(r => r.Status).HasColumnName("status").HasMaxLength(20);
        request.Property(r => r.CreatedAt).HasColumnName("created_at");
        request.Property(r => r.ExpiresAt).HasColumnName("expires_at");
        request.Property(r => r.RemindedAt).HasColumnName("reminded_at");
        request.Property(r => r.ClosedAt).HasColumnName("closed_at");
        request.Property(r => r.ProposedSlotId).HasColumnName("proposed_slot_id");
        request.Property(r => r.InterpreterLanguage).HasColumnName("interpreter_language").HasMaxLength(10);
        request.Property(r => r.AttendeeIds).HasColumnName("attendee_ids");
        request.Property(r => r.Round).HasColumnName("round");
        request.Property(r => r.CounteredBy).HasColumnName("countered_by");
        request.Property(r => r.CounterNote).HasColumnName("counter_note").HasMaxLength(500);
        request.Property(r => r.MeetingId).HasColumnName("meeting_id");
        request.Property(r => r.Source).HasColumnName("source").HasMaxLength(20);
        request.Property(r => r.SourceId).HasColumnName("source_id");
        request.Property(r => r.Version).HasColumnName("version").IsConcurrencyToken();
        request.HasMany(r => r.Parties).WithOne().HasForeignKey(p => p.RequestId).OnDelete(DeleteBehavior.Cascade);
        request.Navigation(r => r.Parties).AutoInclude();
        request.HasOne<ExpoEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        request.HasOne<Participant>().WithMany().HasForeignKey(r => r.FromParticipantId).OnDelete(DeleteBehavior.Restrict);
        request.HasOne<Slot>().WithMany().HasForeignKey(r => r.ProposedSlotId).OnDelete(DeleteBehavior.SetNull);
        request.HasIndex(r => new { r.EventId, r.Status, r.ExpiresAt }).HasDatabaseName("ix_meeting_requests_event_status_expires");
        request.HasIndex(r => r.FromParticipantId).HasDatabaseName("ix_meeting_requests_from");
        request.HasIndex(r => new { r.Source, r.SourceId }).IsUnique().HasFilter("source_id is not null").HasDatabaseName("ux_meeting_requests_source");
    }

    public void Configure(EntityTypeBuilder<MeetingRequestParty> party)
    {
        party.ToTable("meeting_request_parties");
        party.HasKey(p => new { p.RequestId, p.ParticipantId });
        party.Property(p => p.RequestId).HasColumnName("request_id");
        party.Property(p => p.ParticipantId).HasColumnName("participant_id");
        party.Property(p => p.Response).HasColumnName("response").HasMaxLength(20);
        party.Property(p => p.Reason).HasColumnName("reason").HasMaxLength(500);
        party.Property(p => p.RespondedAt).HasColumnName("responded_at");
        party.HasOne<Participant>().WithMany().HasForeignKey(p => p.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        party.HasIndex(p => p.ParticipantId).HasDatabaseName("ix_meeting_request_parties_participant");
    }
}
