using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Messaging.Extensions;

namespace SpecialtyTowns.Leads.Infrastructure;

public sealed class LeadsDbContext(DbContextOptions<LeadsDbContext> options) : DbContext(options)
{
    public DbSet<TownDirectoryEntry> TownDirectory => Set<TownDirectoryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox();
        modelBuilder.AddInbox();
        modelBuilder.Entity<TownDirectoryEntry>(entry =>
        {
            entry.ToTable("town_directory");
            entry.HasKey(e => e.TownId);
            entry.Property(e => e.TownId).HasColumnName("town_id").ValueGeneratedNever();
            entry.Property(e => e.Name).HasColumnName("name").HasMaxLength(100);
            entry.Property(e => e.MainIndustry).HasColumnName("main_industry").HasMaxLength(200);
            entry.Property(e => e.Category).HasColumnName("category").HasMaxLength(40);
            entry.Property(e => e.RegisteredAt).HasColumnName("registered_at");
            entry.Property(e => e.ReceivedAt).HasColumnName("received_at");
        });
    }
}
