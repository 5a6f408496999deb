using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.Messaging.Replay;

namespace SpecialtyTowns.Messaging.Extensions;

/// <summary>Maps the outbox and inbox tables into a service's own model and migrations.</summary>
public static class MessagingModelBuilderExtensions
{
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(entity =>
        {
            entity.ToTable("outbox_messages");
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.MessageType).HasColumnName("message_type").HasMaxLength(500);
            entity.Property(e => e.Payload).HasColumnName("payload").HasColumnType("jsonb");
            entity.Property(e => e.OccurredAt).HasColumnName("occurred_at");
            entity.Property(e => e.SentAt).HasColumnName("sent_at");
            entity.Property(e => e.Attempts).HasColumnName("attempts");
            entity.Property(e => e.LastError).HasColumnName("last_error").HasMaxLength(1000);
            entity.HasIndex(e => e.OccurredAt).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent");
        });
        return modelBuilder;
    }

    public static ModelBuilder AddInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InboxMessage>(entity =>
        {
            entity.ToTable("inbox_messages");
            entity.HasKey(e => new { e.MessageId, e.Consumer });
            entity.Property(e => e.MessageId).HasColumnName("message_id");
            entity.Property(e => e.Consumer).HasColumnName("consumer").HasMaxLength(200);
            entity.Property(e => e.ProcessedAt).HasColumnName("processed_at");
        });
        return modelBuilder;
    }

    /// <summary>For services that replay announcements to consumers added later (<see cref="AnnouncementReplays"/>).</summary>
    public static ModelBuilder AddAnnouncementReplays(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AnnouncementReplay>(entity =>
        {
            entity.ToTable("announcement_replays");
            entity.HasKey(e => e.Name);
            entity.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
            entity.Property(e => e.RanAt).HasColumnName("ran_at");
            entity.Property(e => e.Messages).HasColumnName("messages");
        });
        return modelBuilder;
    }
}
