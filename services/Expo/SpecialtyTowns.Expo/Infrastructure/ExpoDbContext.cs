using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Extensions;

namespace SpecialtyTowns.Expo.Infrastructure;

public sealed class ExpoDbContext(DbContextOptions<ExpoDbContext> options) : DbContext(options)
{
    public DbSet<ExhibitorTown> ExhibitorTowns => Set<ExhibitorTown>();

    public DbSet<ExpoEvent> Events => Set<ExpoEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox();
        modelBuilder.AddInbox();
        modelBuilder.AddIdempotentRequests();
        modelBuilder.AddAnnouncementReplays();
        modelBuilder.Entity<ExhibitorTown>(town =>
        {
            town.ToTable("exhibitor_towns");
            town.HasKey(t => t.TownId);
            town.Property(t => t.TownId).HasColumnName("town_id").ValueGeneratedNever();
            town.Property(t => t.Name).HasColumnName("name").HasMaxLength(100);
            town.Property(t => t.NameEn).HasColumnName("name_en").HasMaxLength(200);
            town.Property(t => t.ReceivedAt).HasColumnName("received_at");
            town.Property(t => t.NamesAsOf).HasColumnName("names_as_of");
        });
        modelBuilder.Entity<ExpoEvent>(expoEvent =>
        {
            expoEvent.ToTable("events");
            expoEvent.HasKey(e => e.Id);
            expoEvent.Property(e => e.Id).HasColumnName("id");
            expoEvent.Property(e => e.OrganizerId).HasColumnName("organizer_id");
            expoEvent.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
            expoEvent.Property(e => e.NameEn).HasColumnName("name_en").HasMaxLength(300);
            expoEvent.Property(e => e.City).HasColumnName("city").HasMaxLength(100);
            expoEvent.Property(e => e.StartsOn).HasColumnName("starts_on");
            expoEvent.Property(e => e.EndsOn).HasColumnName("ends_on");
            expoEvent.Property(e => e.TimeZone).HasColumnName("time_zone").HasMaxLength(64);
            expoEvent.HasIndex(e => e.OrganizerId).HasDatabaseName("ix_events_organizer_id");
        });
    }
}
