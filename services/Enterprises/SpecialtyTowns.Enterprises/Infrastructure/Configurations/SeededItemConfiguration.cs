using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Enterprises.Seeding;

namespace SpecialtyTowns.Enterprises.Infrastructure.Configurations;

public sealed class SeededItemConfiguration : IEntityTypeConfiguration<SeededItem>
{
    public void Configure(EntityTypeBuilder<SeededItem> item)
    {
        item.ToTable("seeded_items");
        item.HasKey(i => new { i.Kind, i.TownId, i.SeedKey });
        item.Property(i => i.Kind).HasColumnName("kind").HasMaxLength(20);
        item.Property(i => i.TownId).HasColumnName("town_id");
        item.Property(i => i.SeedKey).HasColumnName("seed_key").HasMaxLength(100);
        item.Property(i => i.ItemId).HasColumnName("item_id");
        item.Property(i => i.SeededAt).HasColumnName("seeded_at");
    }
}
