using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Domain.Towns;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Extensions;

namespace SpecialtyTowns.Enterprises.Infrastructure;

public sealed class EnterprisesDbContext(DbContextOptions<EnterprisesDbContext> options) : DbContext(options)
{
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<ChainNode> ChainNodes => Set<ChainNode>();

    public DbSet<ChainGap> ChainGaps => Set<ChainGap>();

    public DbSet<ChainGapHistoryEntry> ChainGapHistory => Set<ChainGapHistoryEntry>();

    public DbSet<TownEntry> Towns => Set<TownEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox();
        modelBuilder.AddInbox();
        modelBuilder.AddIdempotentRequests();
        modelBuilder.AddAnnouncementReplays();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnterprisesDbContext).Assembly);
    }
}
