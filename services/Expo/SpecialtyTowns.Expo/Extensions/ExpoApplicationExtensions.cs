using SpecialtyTowns.Expo.Application;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Application.Runs;
using SpecialtyTowns.Expo.Consumers;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Extensions;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.ServiceDefaults.Extensions;

namespace SpecialtyTowns.Expo.Extensions;

public static class ExpoApplicationExtensions
{
    public static IHostApplicationBuilder AddExpoApplication(this IHostApplicationBuilder builder)
    {
        builder.AddServiceAuthentication();
        builder.AddGrpcDefaults();
        builder.AddServiceDatabase<ExpoDbContext>("expo");
        builder.AddMessaging("expo", bus =>
        {
            bus.AddConsumer<TownRegisteredConsumer>();
            bus.AddConsumer<TownUpdatedConsumer>();
            bus.AddConsumer<MatchMeetingRequestedConsumer>();
            bus.AddConsumer<ExpoLeadCreatedConsumer>();
            bus.AddConsumer<ExpoLeadStageChangedConsumer>();
            bus.AddConsumer<ExpoDealSignedConsumer>();
            bus.AddConsumer<ExpoMatchesScoredConsumer>();
        });
        builder.AddOutbox<ExpoDbContext>(MessageTypeRegistry.FromAssemblyOf<ExpoEventScheduled>());
        builder.Services.AddIdempotency<ExpoDbContext>();
        builder.Services.AddScoped<CreateEvent>();
        builder.Services.AddScoped<UpdateEvent>();
        builder.Services.AddScoped<GetEvent>();
        builder.Services.AddScoped<GetExhibitorTown>();
        builder.Services.AddScoped<LearnTownNames>();
        builder.Services.AddSingleton<SolveSchedule>();
        builder.Services.AddScoped<AnnounceExistingEvents>();
        builder.Services.AddScoped<EventAccess>();
        builder.Services.AddScoped<Notifier>();
        builder.Services.AddExpoRequests();
        builder.Services.AddExpoSetup();
        builder.Services.AddExpoBookings();
        builder.Services.AddExpoAgenda();
        builder.Services.AddExpoOutcomes();
        builder.Services.AddExpoFigures();
        builder.Services.AddExpoCheckIn();
        builder.Services.AddExpoStandby();
        builder.AddScheduleRuns();
        return builder;
    }

    /// <summary>Scheduling runs from the database: their use cases and the background worker.</summary>
    private static void AddScheduleRuns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScheduleRunOptions>().BindConfiguration("ScheduleRuns");
        builder.Services.AddSingleton<ScheduleRunSignal>();
        builder.Services.AddSingleton<ScheduleRunExecutor>();
        builder.Services.AddHostedService<ScheduleRunWorker>();
        builder.Services.AddScoped<ScheduleRunClaims>();
        builder.Services.AddScoped<ScheduleInputBuilder>();
        builder.Services.AddScoped<DraftDescriber>();
        builder.Services.AddScoped<PublishedChanges>();
        builder.Services.AddScoped<StartScheduleRun>();
        builder.Services.AddScoped<GetScheduleRun>();
        builder.Services.AddScoped<PublishScheduleRun>();
        builder.Services.AddScoped<SetMeetingLocked>();
    }

    /// <summary>After the migrations: the expo events announced again once per database, for consumers added later (<see cref="AnnounceExistingEvents"/>).</summary>
    public static async Task AnnounceExistingEventsAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AnnounceExistingEvents>().ExecuteAsync(cancellationToken);
    }
}
