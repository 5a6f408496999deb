using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Messaging.Extensions;

namespace SpecialtyTowns.Messaging.IntegrationTests.Fakes;

public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : DbContext(options)
{
    public DbSet<Sample> Samples => Set<Sample>();

    public DbSet<HandledSample> Handled => Set<HandledSample>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox();
        modelBuilder.AddInbox();
        modelBuilder.Entity<Sample>().ToTable("samples");
        modelBuilder.Entity<HandledSample>().ToTable("handled_samples");
    }
}
