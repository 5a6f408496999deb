using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Extensions;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Domain.Enterprises;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.Infrastructure;

public sealed class TownsDbContext(DbContextOptions<TownsDbContext> options) : DbContext(options)
{
    public DbSet<Town> Towns => Set<Town>();

    public DbSet<InvestmentProject> Projects => Set<InvestmentProject>();

    public DbSet<ProjectHistoryEntry> ProjectHistory => Set<ProjectHistoryEntry>();

    public DbSet<TownEnterprise> Enterprises => Set<TownEnterprise>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox();
        modelBuilder.AddIdempotentRequests();
        modelBuilder.AddInbox();
        modelBuilder.AddAnnouncementReplays();
        modelBuilder.Entity<Town>(town =>
        {
            town.ToTable("towns");
            town.HasKey(t => t.Id);
            town.Property(t => t.Id).HasColumnName("id");
            town.Property(t => t.Name).HasColumnName("name").HasMaxLength(TownLimits.Name);
            town.Property(t => t.NameEn).HasColumnName("name_en").HasMaxLength(TownLimits.NameEn);
            town.Property(t => t.City).HasColumnName("city").HasMaxLength(TownLimits.Place);
            town.Property(t => t.County).HasColumnName("county").HasMaxLength(TownLimits.Place);
            town.Property(t => t.Level).HasColumnName("level").HasConversion<string>().HasMaxLength(20);
            town.Property(t => t.Category).HasColumnName("category").HasConversion<string>().HasMaxLength(40);
            town.Property(t => t.MainIndustry).HasColumnName("main_industry").HasMaxLength(TownLimits.MainIndustry);
            town.Property(t => t.Facts).HasColumnName("facts");
            town.Property(t => t.RegisteredAt).HasColumnName("registered_at");
            // Defaults so the columns can be added to towns that already exist.
            town.Property(t => t.Platforms).HasColumnName("platforms").HasDefaultValueSql("'{}'::text[]");
            town.Property(t => t.Policies).HasColumnName("policies").HasDefaultValueSql("'{}'::text[]");
            town.OwnsMany(t => t.KeyFigures, figure =>
            {
                figure.ToJson("key_figures");
                figure.Property(f => f.Value).HasPrecision(20, 4);
            });
            town.OwnsMany(t => t.Contacts, contact => contact.ToJson("contacts"));
            town.HasIndex(t => t.Name).IsUnique().HasDatabaseName("ux_towns_name");
        });
        modelBuilder.ApplyConfiguration(new InvestmentProjectConfiguration());
        modelBuilder.ApplyConfiguration(new ProjectHistoryEntryConfiguration());
        modelBuilder.ApplyConfiguration(new TownEnterpriseConfiguration());
    }
}
