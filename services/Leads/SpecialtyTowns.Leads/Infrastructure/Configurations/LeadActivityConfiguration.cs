using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Infrastructure.Configurations;

public sealed class LeadActivityConfiguration : IEntityTypeConfiguration<LeadActivity>
{
    public const string MeetingIndex = "ux_lead_activities_meeting";

    public void Configure(EntityTypeBuilder<LeadActivity> activity)
    {
        activity.ToTable("lead_activities");
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).HasColumnName("id");
        activity.Property(a => a.LeadId).HasColumnName("lead_id");
        activity.Property(a => a.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        activity.Property(a => a.OccurredAt).HasColumnName("occurred_at");
        activity.Property(a => a.Text).HasColumnName("text").HasMaxLength(4000);
        activity.Property(a => a.Internal).HasColumnName("internal");
        activity.Property(a => a.Actor).HasColumnName("actor").HasMaxLength(100);
        activity.Property(a => a.MeetingId).HasColumnName("meeting_id");
        activity.Property(a => a.RecordedAt).HasColumnName("recorded_at");
        activity.HasOne<Lead>().WithMany().HasForeignKey(a => a.LeadId).OnDelete(DeleteBehavior.Cascade);
        activity.HasIndex(a => new { a.LeadId, a.OccurredAt }).HasDatabaseName("ix_lead_activities_lead");
        activity.HasIndex(a => a.MeetingId).IsUnique().HasDatabaseName(MeetingIndex).HasFilter("meeting_id IS NOT NULL");
    }
}
