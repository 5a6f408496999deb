using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Scheduling;

namespace SpecialtyTowns.Expo.Infrastructure.Configurations;

/// <summary>Scheduling runs; at most one run of an event is queued or running at a time (a partial unique index).</summary>
public sealed class ScheduleRunConfiguration : IEntityTypeConfiguration<ScheduleRun>
{
    public void Configure(EntityTypeBuilder<ScheduleRun> run)
    {
        run.ToTable("schedule_runs");
        run.HasKey(r => r.Id);
        run.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        run.Property(r => r.EventId).HasColumnName("event_id");
        run.Property(r => r.Status).HasColumnName("status").HasMaxLength(20);
        run.Property(r => r.RequestedBy).HasColumnName("requested_by").HasMaxLength(200);
        run.Property(r => r.RequestedAt).HasColumnName("requested_at");
        run.Property(r => r.TimeLimitSeconds).HasColumnName("time_limit_seconds");
        run.Property(r => r.StartedAt).HasColumnName("started_at");
        run.Property(r => r.HeartbeatAt).HasColumnName("heartbeat_at");
        run.Property(r => r.FinishedAt).HasColumnName("finished_at");
        run.Property(r => r.Attempts).HasColumnName("attempts");
        run.Property(r => r.Progress).HasColumnName("progress").HasColumnType("jsonb");
        run.Property(r => r.Result).HasColumnName("result").HasColumnType("jsonb");
        run.Property(r => r.Error).HasColumnName("error").HasMaxLength(2000);
        run.Property(r => r.PublishedAt).HasColumnName("published_at");
        run.Property(r => r.PublishedBy).HasColumnName("published_by").HasMaxLength(200);
        run.HasOne<ExpoEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        run.HasIndex(r => new { r.EventId, r.RequestedAt }).HasDatabaseName("ix_schedule_runs_event_requested_at");
        run.HasIndex(r => r.EventId).IsUnique()
            .HasFilter($"status in ('{ScheduleRunStatuses.Queued}', '{ScheduleRunStatuses.Running}')").HasDatabaseName("ux_schedule_runs_one_active");
        run.HasIndex(r => r.Status).HasDatabaseName("ix_schedule_runs_status");
    }
}
