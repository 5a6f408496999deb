using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Extensions;

namespace SpecialtyTowns.Enterprises.Infrastructure;

public sealed class EnterprisesDbContext(DbContextOptions<EnterprisesDbContext> options) : DbContext(options)
{
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox();
        modelBuilder.AddInbox();
        modelBuilder.AddIdempotentRequests();
        modelBuilder.Entity<Enterprise>(enterprise =>
        {
            enterprise.ToTable("enterprises");
            enterprise.HasKey(e => e.Id);
            enterprise.Property(e => e.Id).HasColumnName("id");
            enterprise.Property(e => e.TownId).HasColumnName("town_id");
            enterprise.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
            enterprise.Property(e => e.Products).HasColumnName("products");
            enterprise.Property(e => e.RegisteredAt).HasColumnName("registered_at");
            enterprise.HasIndex(e => new { e.TownId, e.Name }).IsUnique().HasDatabaseName("ux_enterprises_town_name");
        });
    }
}
