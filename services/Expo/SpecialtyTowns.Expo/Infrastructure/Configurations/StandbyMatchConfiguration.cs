using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Standby;

namespace SpecialtyTowns.Expo.Infrastructure.Configurations;

/// <summary>Leads' match scores of an event's participant pairs; gone with the event.</summary>
public sealed class StandbyMatchConfiguration : IEntityTypeConfiguration<StandbyMatch>
{
    public void Configure(EntityTypeBuilder<StandbyMatch> match)
    {
        match.ToTable("standby_matches", t => t.HasCheckConstraint("ck_standby_matches_score", "score >= 0 AND score <= 100"));
        match.HasKey(m => new { m.ParticipantId, m.OtherParticipantId });
        match.Property(m => m.EventId).HasColumnName("event_id");
        match.Property(m => m.ParticipantId).HasColumnName("participant_id");
        match.Property(m => m.OtherParticipantId).HasColumnName("other_participant_id");
        match.Property(m => m.Score).HasColumnName("score");
        match.Property(m => m.Reason).HasColumnName("reason").HasMaxLength(500);
        match.Property(m => m.ReasonEn).HasColumnName("reason_en").HasMaxLength(500);
        match.Property(m => m.ScoredAt).HasColumnName("scored_at");
        match.HasOne<ExpoEvent>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
