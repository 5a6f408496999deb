using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Messaging.Extensions;

namespace SpecialtyTowns.Leads.Infrastructure;

public sealed class LeadsDbContext(DbContextOptions<LeadsDbContext> options) : DbContext(options)
{
    public DbSet<TownDirectoryEntry> TownDirectory => Set<TownDirectoryEntry>();

    public DbSet<Lead> Leads => Set<Lead>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox();
        modelBuilder.AddInbox();
        modelBuilder.AddIdempotentRequests();
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
            entry.Property(e => e.ProfileAsOf).HasColumnName("profile_as_of");
        });
        modelBuilder.Entity<Lead>(lead =>
        {
            lead.ToTable("leads");
            lead.HasKey(l => l.Id);
            lead.Property(l => l.Id).HasColumnName("id");
            lead.Property(l => l.InvestorId).HasColumnName("investor_id");
            lead.Property(l => l.TownId).HasColumnName("town_id");
            lead.Property(l => l.Message).HasColumnName("message").HasMaxLength(2000);
            lead.Property(l => l.Stage).HasColumnName("stage").HasMaxLength(30);
            lead.Property(l => l.CreatedAt).HasColumnName("created_at");
            lead.HasIndex(l => l.InvestorId).HasDatabaseName("ix_leads_investor_id");
            lead.HasIndex(l => l.TownId).HasDatabaseName("ix_leads_town_id");
        });
    }
}
