using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Towns.Domain.Enterprises;

namespace SpecialtyTowns.Towns.Infrastructure;

/// <summary>Towns' projection of Enterprises: one row per enterprise, read by town.</summary>
public sealed class TownEnterpriseConfiguration : IEntityTypeConfiguration<TownEnterprise>
{
    public void Configure(EntityTypeBuilder<TownEnterprise> entity)
    {
        entity.ToTable("town_enterprises");
        entity.HasKey(e => e.EnterpriseId);
        entity.Property(e => e.EnterpriseId).HasColumnName("enterprise_id").ValueGeneratedNever();
        entity.Property(e => e.TownId).HasColumnName("town_id");

        // Unbounded: the names are Enterprises' to limit, and a projection must not refuse what its source accepted.
        entity.Property(e => e.Name).HasColumnName("name");
        entity.Property(e => e.NameEn).HasColumnName("name_en");
        entity.Property(e => e.Leading).HasColumnName("leading");
        entity.Property(e => e.Version).HasColumnName("version");
        entity.Property(e => e.AsOf).HasColumnName("as_of");
        entity.HasIndex(e => new { e.TownId, e.Leading }).HasDatabaseName("ix_town_enterprises_town_id_leading");
    }
}
