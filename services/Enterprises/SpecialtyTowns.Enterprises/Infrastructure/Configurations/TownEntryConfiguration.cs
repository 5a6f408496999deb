using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Enterprises.Domain.Towns;

namespace SpecialtyTowns.Enterprises.Infrastructure.Configurations;

public sealed class TownEntryConfiguration : IEntityTypeConfiguration<TownEntry>
{
    public void Configure(EntityTypeBuilder<TownEntry> town)
    {
        town.ToTable("towns");
        town.HasKey(t => t.TownId);
        town.Property(t => t.TownId).HasColumnName("town_id").ValueGeneratedNever();
        town.Property(t => t.Name).HasColumnName("name").HasMaxLength(200);
        town.Property(t => t.NameEn).HasColumnName("name_en").HasMaxLength(200);
        town.Property(t => t.City).HasColumnName("city").HasMaxLength(100);
        town.Property(t => t.County).HasColumnName("county").HasMaxLength(100);
        town.Property(t => t.AsOf).HasColumnName("as_of");
        town.HasIndex(t => t.Name).HasDatabaseName("ix_towns_name");
    }
}
