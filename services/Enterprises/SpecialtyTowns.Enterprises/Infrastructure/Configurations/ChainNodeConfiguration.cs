using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Enterprises.Domain.Chains;

namespace SpecialtyTowns.Enterprises.Infrastructure.Configurations;

public sealed class ChainNodeConfiguration : IEntityTypeConfiguration<ChainNode>
{
    public void Configure(EntityTypeBuilder<ChainNode> node)
    {
        node.ToTable("chain_nodes");
        node.HasKey(n => n.Id);
        node.Property(n => n.Id).HasColumnName("id");
        node.Property(n => n.TownId).HasColumnName("town_id");
        node.Property(n => n.Chain).HasColumnName("chain").HasMaxLength(100);
        node.Property(n => n.ChainEn).HasColumnName("chain_en").HasMaxLength(100);
        node.Property(n => n.Position).HasColumnName("position").HasConversion<string>().HasMaxLength(20);
        node.Property(n => n.Name).HasColumnName("name").HasMaxLength(200);
        node.Property(n => n.NameEn).HasColumnName("name_en").HasMaxLength(200);
        node.Property(n => n.Products).HasColumnName("products");
        node.Property(n => n.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        node.Property(n => n.EnterpriseIds).HasColumnName("enterprise_ids");
        node.Property(n => n.Evidence).HasColumnName("evidence").HasMaxLength(2000);
        node.Property(n => n.SortOrder).HasColumnName("sort_order");
        node.Property(n => n.UpdatedAt).HasColumnName("updated_at");
        node.Property(n => n.UpdatedBy).HasColumnName("updated_by").HasMaxLength(100);
        node.Property(n => n.Version).HasColumnName("version").IsConcurrencyToken();
        node.HasIndex(n => new { n.TownId, n.Chain, n.Name }).IsUnique().HasDatabaseName("ux_chain_nodes_town_chain_name");
    }
}
