using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Messaging.Extensions;

namespace SpecialtyTowns.Expo.Infrastructure;

public sealed class ExpoDbContext(DbContextOptions<ExpoDbContext> options) : DbContext(options)
{
    public DbSet<ExhibitorTown> ExhibitorTowns => Set<ExhibitorTown>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox();
        modelBuilder.AddInbox();
        modelBuilder.Entity<ExhibitorTown>(town =>
        {
            town.ToTable("exhibitor_towns");
            town.HasKey(t => t.TownId);
            town.Property(t => t.TownId).HasColumnName("town_id").ValueGeneratedNever();
            town.Property(t => t.Name).HasColumnName("name").HasMaxLength(100);
            town.Property(t => t.NameEn).HasColumnName("name_en").HasMaxLength(200);
            town.Property(t => t.ReceivedAt).HasColumnName("received_at");
        });
    }
}
