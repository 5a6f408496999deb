using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.Infrastructure;

public sealed class ProjectHistoryEntryConfiguration : IEntityTypeConfiguration<ProjectHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ProjectHistoryEntry> entry)
    {
        entry.ToTable("project_history");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        entry.Property(e => e.ProjectId).HasColumnName("project_id");
        entry.Property(e => e.At).HasColumnName("at");
        entry.Property(e => e.Actor).HasColumnName("actor").HasMaxLength(100);
        entry.Property(e => e.Action).HasColumnName("action").HasMaxLength(40);
        entry.Property(e => e.FromStatus).HasColumnName("from_status").HasMaxLength(20);
        entry.Property(e => e.ToStatus).HasColumnName("to_status").HasMaxLength(20);
        entry.Property(e => e.Note).HasColumnName("note").HasMaxLength(1000);
        entry.HasIndex(e => new { e.ProjectId, e.Id }).HasDatabaseName("ix_project_history_project");
    }
}
