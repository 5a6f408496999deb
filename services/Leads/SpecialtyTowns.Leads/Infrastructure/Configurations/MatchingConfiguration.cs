using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Infrastructure.Configurations;

/// <summary>Matching's own tables: standing marks, the feedback log and the impressions (enums stored as their names).</summary>
public sealed class MatchingConfiguration :
    IEntityTypeConfiguration<MatchMark>,
    IEntityTypeConfiguration<MatchFeedback>,
    IEntityTypeConfiguration<MatchImpression>
{
    public void Configure(EntityTypeBuilder<MatchMark> mark)
    {
        mark.ToTable("match_marks");
        mark.HasKey(m => new { m.Side, m.OrganisationId, m.OfferKind, m.OfferId, m.Mark });
        mark.Property(m => m.Side).HasColumnName("side").HasConversion<string>().HasMaxLength(10);
        mark.Property(m => m.OrganisationId).HasColumnName("organisation_id");
        mark.Property(m => m.OfferKind).HasColumnName("offer_kind").HasConversion<string>().HasMaxLength(10);
        mark.Property(m => m.OfferId).HasColumnName("offer_id");
        mark.Property(m => m.Mark).HasColumnName("mark").HasConversion<string>().HasMaxLength(20);
        mark.Property(m => m.TownId).HasColumnName("town_id");
        mark.Property(m => m.Actor).HasColumnName("actor").HasMaxLength(200);
        mark.Property(m => m.At).HasColumnName("at");
        mark.HasIndex(m => new { m.OfferKind, m.OfferId }).HasDatabaseName("ix_match_marks_offer");
        // An organisation's not-interested marks of either side (MatchExclusions): the key starts with the side.
        mark.HasIndex(m => new { m.OrganisationId, m.OfferKind }).HasDatabaseName("ix_match_marks_organisation");
    }

    public void Configure(EntityTypeBuilder<MatchFeedback> feedback)
    {
        feedback.ToTable("match_feedback");
        feedback.HasKey(f => f.Id);
        feedback.Property(f => f.Id).HasColumnName("id").ValueGeneratedNever();
        feedback.Property(f => f.Side).HasColumnName("side").HasConversion<string>().HasMaxLength(10);
        feedback.Property(f => f.Action).HasColumnName("action").HasMaxLength(30);
        feedback.Property(f => f.OrganisationId).HasColumnName("organisation_id");
        feedback.Property(f => f.OfferKind).HasColumnName("offer_kind").HasConversion<string>().HasMaxLength(10);
        feedback.Property(f => f.OfferId).HasColumnName("offer_id");
        feedback.Property(f => f.TownId).HasColumnName("town_id");
        feedback.Property(f => f.ImpressionId).HasColumnName("impression_id");
        feedback.Property(f => f.LeadId).HasColumnName("lead_id");
        feedback.Property(f => f.ExpoEventId).HasColumnName("expo_event_id");
        feedback.Property(f => f.Message).HasColumnName("message").HasMaxLength(2000);
        feedback.Property(f => f.Actor).HasColumnName("actor").HasMaxLength(200);
        feedback.Property(f => f.At).HasColumnName("at");
        feedback.HasIndex(f => new { f.OrganisationId, f.At }).HasDatabaseName("ix_match_feedback_organisation");
    }

    public void Configure(EntityTypeBuilder<MatchImpression> impression)
    {
        impression.ToTable("match_impressions");
        impression.HasKey(i => i.Id);
        impression.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
        impression.Property(i => i.Side).HasColumnName("side").HasConversion<string>().HasMaxLength(10);
        impression.Property(i => i.List).HasColumnName("list").HasMaxLength(20);
        impression.Property(i => i.OrganisationId).HasColumnName("organisation_id");
        impression.Property(i => i.TownId).HasColumnName("town_id");
        impression.Property(i => i.EnterpriseId).HasColumnName("enterprise_id");
        impression.Property(i => i.ContextId).HasColumnName("context_id");
        impression.Property(i => i.Items).HasColumnName("items").HasColumnType("jsonb");
        impression.Property(i => i.Actor).HasColumnName("actor").HasMaxLength(200);
        impression.Property(i => i.At).HasColumnName("at");
        impression.HasIndex(i => i.At).HasDatabaseName("ix_match_impressions_at");
    }
}
