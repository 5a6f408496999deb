using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Participants;

namespace SpecialtyTowns.Expo.Infrastructure.Configurations;

/// <summary>Participants' inboxes, newest first per participant.</summary>
public sealed class NotificationConfiguration : IEntityTypeConfiguration<ParticipantNotification>
{
    public void Configure(EntityTypeBuilder<ParticipantNotification> notification)
    {
        notification.ToTable("notifications");
        notification.HasKey(n => n.Id);
        notification.Property(n => n.Id).HasColumnName("id").ValueGeneratedNever();
        notification.Property(n => n.EventId).HasColumnName("event_id");
        notification.Property(n => n.ParticipantId).HasColumnName("participant_id");
        notification.Property(n => n.Kind).HasColumnName("kind").HasMaxLength(40);
        notification.Property(n => n.RequestId).HasColumnName("request_id");
        notification.Property(n => n.MeetingId).HasColumnName("meeting_id");
        notification.Property(n => n.Data).HasColumnName("data").HasColumnType("jsonb")
            .HasConversion(
                d => JsonSerializer.Serialize(d, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, string>(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, b) => a != null && b != null && a.Count == b.Count && !a.Except(b).Any(),
                    d => d.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
                    d => new Dictionary<string, string>(d)));
        notification.Property(n => n.CreatedAt).HasColumnName("created_at");
        notification.Property(n => n.ReadAt).HasColumnName("read_at");
        notification.HasOne<Participant>().WithMany().HasForeignKey(n => n.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        notification.HasIndex(n => new { n.ParticipantId, n.CreatedAt }).IsDescending(false, true).HasDatabaseName("ix_notifications_participant_created_at");
    }
}
