using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Enterprises.Domain.Gaps;

namespace SpecialtyTowns.Enterprises.Infrastructure.Configurations;

public sealed class ChainGapHistoryEntryConfiguration : IEntityTypeConfiguration<ChainGapHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ChainGapHistoryEntry> entry)
    {
        entry.ToTable("chain_gap_history");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        entry.Property(e => e.GapId).HasColumnName("gap_id");
        entry.Property(e => e.At).HasColumnName("at");
        entry.Property(e => e.Actor).HasColumnName("actor").HasMaxLength(100);
        entry.Property(e => e.Action).HasColumnName("action").HasMaxLength(40);
        entry.Property(e => e.FromStatus).HasColumnName("from_status").HasMaxLength(20);
        entry.Property(e => e.ToStatus).HasColumnName("to_status").HasMaxLength(20);
        entry.Property(e => e.Note).HasColumnName("note").HasMaxLength(1000);
        entry.HasIndex(e => new { e.GapId, e.Id }).HasDatabaseName("ix_chain_gap_history_gap");
    }
}
