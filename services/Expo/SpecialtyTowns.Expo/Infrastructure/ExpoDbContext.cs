using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Calendar;
using SpecialtyTowns.Expo.Domain.CheckIn;
using SpecialtyTowns.Expo.Domain.Figures;
using SpecialtyTowns.Expo.Domain.Outcomes;
using SpecialtyTowns.Expo.Domain.Standby;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Domain.Scheduling;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Extensions;

namespace SpecialtyTowns.Expo.Infrastructure;

public sealed class ExpoDbContext(DbContextOptions<ExpoDbContext> options) : DbContext(options)
{
    public DbSet<ExhibitorTown> ExhibitorTowns => Set<ExhibitorTown>();

    public DbSet<ExpoEvent> Events => Set<ExpoEvent>();

    public DbSet<Hall> Halls => Set<Hall>();

    public DbSet<ExpoTable> Tables => Set<ExpoTable>();

    public DbSet<ExpoSession> Sessions => Set<ExpoSession>();

    public DbSet<Slot> Slots => Set<Slot>();

    public DbSet<Interpreter> Interpreters => Set<Interpreter>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<ParticipantUnavailability> Unavailability => Set<ParticipantUnavailability>();

    public DbSet<MeetingRequest> MeetingRequests => Set<MeetingRequest>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<SlotOccupancy> Occupancy => Set<SlotOccupancy>();

    public DbSet<ScheduleRun> ScheduleRuns => Set<ScheduleRun>();

    public DbSet<ParticipantNotification> Notifications => Set<ParticipantNotification>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<BadgeKey> BadgeKeys => Set<BadgeKey>();

    public DbSet<VenueCheckIn> CheckIns => Set<VenueCheckIn>();

    public DbSet<StandbyOffer> StandbyOffers => Set<StandbyOffer>();

    public DbSet<StandbyMatch> StandbyMatches => Set<StandbyMatch>();

    public DbSet<MeetingOutcome> Outcomes => Set<MeetingOutcome>();

    public DbSet<ExpoLead> ExpoLeads => Set<ExpoLead>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox();
        modelBuilder.AddInbox();
        modelBuilder.AddIdempotentRequests();
        modelBuilder.AddAnnouncementReplays();
        modelBuilder.Entity<ExhibitorTown>(town =>
        {
            town.ToTable("exhibitor_towns");
            town.HasKey(t => t.TownId);
            town.Property(t => t.TownId).HasColumnName("town_id").ValueGeneratedNever();
            town.Property(t => t.Name).HasColumnName("name").HasMaxLength(100);
            town.Property(t => t.NameEn).HasColumnName("name_en").HasMaxLength(200);
            town.Property(t => t.ReceivedAt).HasColumnName("received_at");
            town.Property(t => t.NamesAsOf).HasColumnName("names_as_of");
        });
        modelBuilder.Entity<ExpoEvent>(expoEvent =>
        {
            expoEvent.ToTable("events");
            expoEvent.HasKey(e => e.Id);
            expoEvent.Property(e => e.Id).HasColumnName("id");
            expoEvent.Property(e => e.OrganizerId).HasColumnName("organizer_id");
            expoEvent.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
            expoEvent.Property(e => e.NameEn).HasColumnName("name_en").HasMaxLength(300);
            expoEvent.Property(e => e.City).HasColumnName("city").HasMaxLength(100);
            expoEvent.Property(e => e.StartsOn).HasColumnName("starts_on");
            expoEvent.Property(e => e.EndsOn).HasColumnName("ends_on");
            expoEvent.Property(e => e.TimeZone).HasColumnName("time_zone").HasMaxLength(64);
            expoEvent.Property(e => e.Venue).HasColumnName("venue").HasMaxLength(200);
            expoEvent.Property(e => e.RequestExpiryHours).HasColumnName("request_expiry_hours").HasDefaultValue(72);
            expoEvent.Property(e => e.ReminderHoursBefore).HasColumnName("reminder_hours_before").HasDefaultValue(12);
            expoEvent.Property(e => e.RequestRules).HasColumnName("request_rules")
                .HasDefaultValueSql("'{investor>town,investor>enterprise,town>investor,town>enterprise,enterprise>investor,enterprise>town}'::text[]");
            expoEvent.Property(e => e.MaxMeetingsInvestor).HasColumnName("max_meetings_investor");
            expoEvent.Property(e => e.MaxMeetingsTown).HasColumnName("max_meetings_town");
            expoEvent.Property(e => e.MaxMeetingsEnterprise).HasColumnName("max_meetings_enterprise");
            expoEvent.Property(e => e.RegistrationOpen).HasColumnName("registration_open").HasDefaultValue(true);
            expoEvent.Property(e => e.NoShowAfterMinutes).HasColumnName("no_show_after_minutes").HasDefaultValue(10);
            expoEvent.Property(e => e.StandbyOfferSeconds).HasColumnName("standby_offer_seconds").HasDefaultValue(180);
            expoEvent.Property(e => e.PendingTooLongHours).HasColumnName("pending_too_long_hours").HasDefaultValue(48);
            expoEvent.HasIndex(e => e.OrganizerId).HasDatabaseName("ix_events_organizer_id");
        });
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ExpoDbContext).Assembly);
    }
}
