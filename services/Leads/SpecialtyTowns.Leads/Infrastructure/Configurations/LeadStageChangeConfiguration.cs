using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Infrastructure.Configurations;

public sealed class LeadStageChangeConfiguration : IEntityTypeConfiguration<LeadStageChange>
{
    public void Configure(EntityTypeBuilder<LeadStageChange> change)
    {
        change.ToTable("lead_stage_changes");
        change.HasKey(c => new { c.LeadId, c.Sequence });
        change.Property(c => c.LeadId).HasColumnName("lead_id");
        change.Property(c => c.Sequence).HasColumnName("sequence").ValueGeneratedNever();
        change.Property(c => c.From).HasColumnName("from_stage").HasConversion<string>().HasMaxLength(30);
        change.Property(c => c.To).HasColumnName("to_stage").HasConversion<string>().HasMaxLength(30);
        change.Property(c => c.Actor).HasColumnName("actor").HasMaxLength(100);
        change.Property(c => c.At).HasColumnName("at");
        change.Property(c => c.Note).HasColumnName("note").HasMaxLength(2000);
    }
}
