using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Leads.Domain.Towns;

namespace SpecialtyTowns.Leads.Infrastructure.Configurations;

/// <summary>What each town sets for its own pipeline: lost reasons and yearly targets.</summary>
public sealed class TownSettingsConfiguration : IEntityTypeConfiguration<LostReason>, IEntityTypeConfiguration<TownTarget>
{
    public void Configure(EntityTypeBuilder<LostReason> reason)
    {
        reason.ToTable("lost_reasons");
        reason.HasKey(r => new { r.TownId, r.Key });
        reason.Property(r => r.TownId).HasColumnName("town_id");
        reason.Property(r => r.Key).HasColumnName("key").HasMaxLength(60);
        reason.Property(r => r.Name).HasColumnName("name").HasMaxLength(100);
        reason.Property(r => r.NameEn).HasColumnName("name_en").HasMaxLength(100);
        reason.Property(r => r.Retired).HasColumnName("retired");
        reason.Property(r => r.Position).HasColumnName("position");
    }

    public void Configure(EntityTypeBuilder<TownTarget> target)
    {
        target.ToTable("town_targets", table => table.HasCheckConstraint("ck_town_targets_amount", "signed_amount_fen >= 0"));
        target.HasKey(t => new { t.TownId, t.Year });
        target.Property(t => t.TownId).HasColumnName("town_id");
        target.Property(t => t.Year).HasColumnName("year");
        target.Property(t => t.SignedAmountFen).HasColumnName("signed_amount_fen");
        target.Property(t => t.UpdatedAt).HasColumnName("updated_at");
    }
}
