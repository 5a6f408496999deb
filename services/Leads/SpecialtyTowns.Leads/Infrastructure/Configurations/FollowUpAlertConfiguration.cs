using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Infrastructure.Configurations;

public sealed class FollowUpAlertConfiguration : IEntityTypeConfiguration<FollowUpAlert>
{
    public void Configure(EntityTypeBuilder<FollowUpAlert> alert)
    {
        alert.ToTable("follow_up_alerts");
        alert.HasKey(a => new { a.LeadId, a.Kind, a.Occurrence });
        alert.Property(a => a.LeadId).HasColumnName("lead_id");
        alert.Property(a => a.Kind).HasColumnName("kind").HasMaxLength(20);
        alert.Property(a => a.Occurrence).HasColumnName("occurrence").HasMaxLength(40);
        alert.Property(a => a.RaisedAt).HasColumnName("raised_at");
    }
}
