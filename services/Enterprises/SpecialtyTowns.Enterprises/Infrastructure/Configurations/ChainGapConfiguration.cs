using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;

namespace SpecialtyTowns.Enterprises.Infrastructure.Configurations;

public sealed class ChainGapConfiguration : IEntityTypeConfiguration<ChainGap>
{
    public void Configure(EntityTypeBuilder<ChainGap> gap)
    {
        gap.ToTable("chain_gaps", table =>
        {
            table.HasCheckConstraint("ck_chain_gaps_volume", "yearly_volume IS NULL OR yearly_volume >= 0");
        });
        gap.HasKey(g => g.Id);
        gap.Property(g => g.Id).HasColumnName("id");
        gap.Property(g => g.TownId).HasColumnName("town_id");
        gap.Property(g => g.EnterpriseId).HasColumnName("enterprise_id");
        gap.Property(g => g.ChainNodeId).HasColumnName("chain_node_id");
        gap.Property(g => g.Title).HasColumnName("title").HasMaxLength(200);
        gap.Property(g => g.TitleEn).HasColumnName("title_en").HasMaxLength(200);
        gap.Property(g => g.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        gap.Property(g => g.Description).HasColumnName("description").HasMaxLength(4000);
        gap.Property(g => g.DescriptionEn).HasColumnName("description_en").HasMaxLength(4000);
        gap.Property(g => g.Specification).HasColumnName("specification").HasMaxLength(2000);
        gap.Property(g => g.YearlyVolume).HasColumnName("yearly_volume").HasPrecision(18, 3);
        gap.Property(g => g.VolumeUnit).HasColumnName("volume_unit").HasMaxLength(40);
        gap.Property(g => g.AnchorBuyer).HasColumnName("anchor_buyer").HasMaxLength(200);
        gap.Property(g => g.Incentives).HasColumnName("incentives").HasMaxLength(2000);
        gap.Property(g => g.Deadline).HasColumnName("deadline");
        gap.Property(g => g.IndustryCode).HasColumnName("industry_code").HasMaxLength(5);
        gap.Property(g => g.Keywords).HasColumnName("keywords");
        gap.Property(g => g.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        gap.Property(g => g.FilledByEnterpriseId).HasColumnName("filled_by_enterprise_id");
        gap.Property(g => g.CreatedAt).HasColumnName("created_at");
        gap.Property(g => g.UpdatedAt).HasColumnName("updated_at");
        gap.Property(g => g.Version).HasColumnName("version").IsConcurrencyToken();
        gap.HasIndex(g => new { g.TownId, g.Status }).HasDatabaseName("ix_chain_gaps_town_status");
        gap.HasIndex(g => g.EnterpriseId).HasDatabaseName("ix_chain_gaps_enterprise");
        gap.HasOne<ChainNode>().WithMany().HasForeignKey(g => g.ChainNodeId).OnDelete(DeleteBehavior.Restrict);
        gap.HasMany(g => g.History).WithOne().HasForeignKey(h => h.GapId);
        gap.Navigation(g => g.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
