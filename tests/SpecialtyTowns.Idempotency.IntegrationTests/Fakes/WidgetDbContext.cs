using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Messaging.Extensions;

namespace SpecialtyTowns.Idempotency.IntegrationTests.Fakes;

public sealed class WidgetDbContext(DbContextOptions<WidgetDbContext> options) : DbContext(options)
{
    public DbSet<Widget> Widgets => Set<Widget>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox();
        modelBuilder.AddIdempotentRequests();
        modelBuilder.Entity<Widget>(widget =>
        {
            widget.ToTable("widgets");
            widget.Property(w => w.Id).HasColumnName("id");
            widget.Property(w => w.Name).HasColumnName("name");
        });
    }
}
