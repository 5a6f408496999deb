using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Calendar;
using SpecialtyTowns.Expo.Domain.CheckIn;
using SpecialtyTowns.Expo.Domain.Figures;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Outcomes;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.Expo.Domain.Standby;

namespace SpecialtyTowns.Expo.Infrastructure.Configurations;

/// <summary>
/// The day of the event: calendar feeds, badge keys, venue check-ins, standby offers, outcomes and
/// the leads learned from Leads. Uniqueness that matters under concurrency lives in the database:
/// one live feed per participant, one check-in per (participant, attendee), one open offer per freed
/// meeting, one outcome per (meeting, party).
/// </summary>
public sealed class DayConfiguration :
    IEntityTypeConfiguration<CalendarFeed>,
    IEntityTypeConfiguration<BadgeKey>,
    IEntityTypeConfiguration<VenueCheckIn>,
    IEntityTypeConfiguration<StandbyOffer>,
    IEntityTypeConfiguration<MeetingOutcome>,
    IEntityTypeConfiguration<ExpoLead>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> feed)
    {
        feed.ToTable("calendar_feeds");
        feed.HasKey(f => f.Id);
        feed.Property(f => f.Id).HasColumnName("id").ValueGeneratedNever();
        feed.Property(f => f.EventId).HasColumnName("event_id");
        feed.Property(f => f.ParticipantId).HasColumnName("participant_id");
        feed.Property(f => f.TokenHash).HasColumnName("token_hash").HasMaxLength(64);
        feed.Property(f => f.CreatedAt).HasColumnName("created_at");
        feed.Property(f => f.RevokedAt).HasColumnName("revoked_at");
        feed.HasOne<Participant>().WithMany().HasForeignKey(f => f.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        feed.HasOne<ExpoEvent>().WithMany().HasForeignKey(f => f.EventId).OnDelete(DeleteBehavior.Cascade);
        feed.HasIndex(f => f.TokenHash).IsUnique().HasDatabaseName("ux_calendar_feeds_token_hash");
        feed.HasIndex(f => f.ParticipantId).IsUnique().HasFilter("revoked_at is null").HasDatabaseName("ux_calendar_feeds_live_participant");
    }

    public void Configure(EntityTypeBuilder<BadgeKey> key)
    {
        key.ToTable("badge_keys");
        key.HasKey(k => k.EventId);
        key.Property(k => k.EventId).HasColumnName("event_id").ValueGeneratedNever();
        key.Property(k => k.KeyId).HasColumnName("key_id").HasMaxLength(16);
        key.Property(k => k.PrivateKey).HasColumnName("private_key");
        key.Property(k => k.PublicKey).HasColumnName("public_key");
        key.Property(k => k.CreatedAt).HasColumnName("created_at");
        key.HasOne<ExpoEvent>().WithMany().HasForeignKey(k => k.EventId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<VenueCheckIn> checkIn)
    {
        checkIn.ToTable("venue_check_ins");
        checkIn.HasKey(c => c.Id);
        checkIn.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        checkIn.Property(c => c.EventId).HasColumnName("event_id");
        checkIn.Property(c => c.ParticipantId).HasColumnName("participant_id");
        checkIn.Property(c => c.AttendeeId).HasColumnName("attendee_id");
        checkIn.Property(c => c.Method).HasColumnName("method").HasMaxLength(10);
        checkIn.Property(c => c.CheckedInBy).HasColumnName("checked_in_by").HasMaxLength(100);
        checkIn.Property(c => c.CheckedInAt).HasColumnName("checked_in_at");
        checkIn.HasOne<Participant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        checkIn.HasOne<ExpoEvent>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        checkIn.HasIndex(c => new { c.ParticipantId, c.AttendeeId }).IsUnique().AreNullsDistinct(false).HasDatabaseName("ux_venue_check_ins_participant_attendee");
        checkIn.HasIndex(c => new { c.EventId, c.CheckedInAt }).HasDatabaseName("ix_venue_check_ins_event_at");
        checkIn.ToTable(t => t.HasCheckConstraint("ck_venue_check_ins_method", "method in ('scan','code','search')"));
    }

    public void Configure(EntityTypeBuilder<StandbyOffer> offer)
    {
        offer.ToTable("standby_offers");
        offer.HasKey(o => o.Id);
        offer.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        offer.Property(o => o.EventId).HasColumnName("event_id");
        offer.Property(o => o.MeetingId).HasColumnName("meeting_id");
        offer.Property(o => o.PartnerId).HasColumnName("partner_id");
        offer.Property(o => o.OfferedToId).HasColumnName("offered_to_id");
        offer.Property(o => o.SlotId).HasColumnName("slot_id");
        offer.Property(o => o.TableId).HasColumnName("table_id");
        offer.Property(o => o.Rank).HasColumnName("rank");
        offer.Property(o => o.Reason).HasColumnName("reason").HasMaxLength(500);
        offer.Property(o => o.MatchScore).HasColumnName("match_score");
        offer.Property(o => o.MatchReason).HasColumnName("match_reason").HasMaxLength(500);
        offer.Property(o => o.MatchReasonEn).HasColumnName("match_reason_en").HasMaxLength(500);
        offer.Property(o => o.Status).HasColumnName("status").HasMaxLength(20);
        offer.Property(o => o.OfferedAt).HasColumnName("offered_at");
        offer.Property(o => o.ExpiresAt).HasColumnName("expires_at");
        offer.Property(o => o.AnsweredAt).HasColumnName("answered_at");
        offer.Property(o => o.NewMeetingId).HasColumnName("new_meeting_id");
        offer.Property(o => o.Version).HasColumnName("version").IsConcurrencyToken();
        offer.HasOne<ExpoEvent>().WithMany().HasForeignKey(o => o.EventId).OnDelete(DeleteBehavior.Cascade);
        offer.HasOne<Meeting>().WithMany().HasForeignKey(o => o.MeetingId).OnDelete(DeleteBehavior.Cascade);
        offer.HasOne<Meeting>().WithMany().HasForeignKey(o => o.NewMeetingId).OnDelete(DeleteBehavior.SetNull);
        offer.HasOne<Participant>().WithMany().HasForeignKey(o => o.OfferedToId).OnDelete(DeleteBehavior.Cascade);
        offer.HasOne<Participant>().WithMany().HasForeignKey(o => o.PartnerId).OnDelete(DeleteBehavior.Cascade);
        offer.HasOne<Slot>().WithMany().HasForeignKey(o => o.SlotId).OnDelete(DeleteBehavior.Cascade);
        offer.HasOne<ExpoTable>().WithMany().HasForeignKey(o => o.TableId).OnDelete(DeleteBehavior.Cascade);
        offer.HasIndex(o => o.MeetingId).IsUnique().HasFilter("status = 'offered'").HasDatabaseName("ux_standby_offers_open_per_meeting");
        offer.HasIndex(o => new { o.MeetingId, o.OfferedToId }).IsUnique().HasDatabaseName("ux_standby_offers_meeting_candidate");
        offer.HasIndex(o => new { o.Status, o.ExpiresAt }).HasDatabaseName("ix_standby_offers_status_expires");
        offer.HasIndex(o => o.OfferedToId).HasDatabaseName("ix_standby_offers_offered_to");
        offer.HasIndex(o => o.PartnerId).HasDatabaseName("ix_standby_offers_partner");
        offer.HasIndex(o => o.EventId).HasDatabaseName("ix_standby_offers_event");
        offer.HasIndex(o => o.SlotId).HasDatabaseName("ix_standby_offers_slot");
        offer.HasIndex(o => o.TableId).HasDatabaseName("ix_standby_offers_table");
        offer.HasIndex(o => o.NewMeetingId).HasDatabaseName("ix_standby_offers_new_meeting");
        offer.ToTable(t => t.HasCheckConstraint("ck_standby_offers_status", "status in ('offered','accepted','declined','expired','withdrawn')"));
    }

    public void Configure(EntityTypeBuilder<MeetingOutcome> outcome)
    {
        outcome.ToTable("meeting_outcomes");
        outcome.HasKey(o => new { o.MeetingId, o.ParticipantId });
        outcome.Property(o => o.MeetingId).HasColumnName("meeting_id");
        outcome.Property(o => o.ParticipantId).HasColumnName("participant_id");
        outcome.Property(o => o.EventId).HasColumnName("event_id");
        outcome.Property(o => o.Held).HasColumnName("held");
        outcome.Property(o => o.Rating).HasColumnName("rating");
        outcome.Property(o => o.NextStep).HasColumnName("next_step").HasMaxLength(20);
        outcome.Property(o => o.Note).HasColumnName("note").HasMaxLength(1000);
        outcome.Property(o => o.RecordedBy).HasColumnName("recorded_by").HasMaxLength(100);
        outcome.Property(o => o.RecordedAt).HasColumnName("recorded_at");
        outcome.Property(o => o.Version).HasColumnName("version").IsConcurrencyToken();
        outcome.HasOne<Meeting>().WithMany().HasForeignKey(o => o.MeetingId).OnDelete(DeleteBehavior.Cascade);
        outcome.HasOne<Participant>().WithMany().HasForeignKey(o => o.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        outcome.HasOne<ExpoEvent>().WithMany().HasForeignKey(o => o.EventId).OnDelete(DeleteBehavior.Cascade);
        outcome.HasIndex(o => o.ParticipantId).HasDatabaseName("ix_meeting_outcomes_participant");
        outcome.HasIndex(o => new { o.EventId, o.Held }).HasDatabaseName("ix_meeting_outcomes_event_held");
        outcome.ToTable(t => t.HasCheckConstraint("ck_meeting_outcomes_rating", "rating is null or rating between 1 and 5"));
        outcome.ToTable(t => t.HasCheckConstraint("ck_meeting_outcomes_next_step", "next_step in ('none','follow-up','site-visit','negotiation','intent-to-sign')"));
    }

    public void Configure(EntityTypeBuilder<ExpoLead> lead)
    {
        lead.ToTable("expo_leads");
        lead.HasKey(l => l.LeadId);
        lead.Property(l => l.LeadId).HasColumnName("lead_id").ValueGeneratedNever();
        lead.Property(l => l.EventId).HasColumnName("event_id");
        lead.Property(l => l.MeetingId).HasColumnName("meeting_id");
        lead.Property(l => l.Created).HasColumnName("created");
        lead.Property(l => l.SeenAt).HasColumnName("seen_at");
        lead.Property(l => l.DealId).HasColumnName("deal_id");
        lead.Property(l => l.SignedAt).HasColumnName("signed_at");
        lead.Property(l => l.CommittedYuan).HasColumnName("committed_yuan").HasPrecision(20, 2);
        lead.HasOne<ExpoEvent>().WithMany().HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Cascade);
        lead.HasIndex(l => l.EventId).HasDatabaseName("ix_expo_leads_event");
    }
}
