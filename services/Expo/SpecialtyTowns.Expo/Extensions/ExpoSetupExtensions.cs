using SpecialtyTowns.Expo.Application.Registration;
using SpecialtyTowns.Expo.Application.Setup;

namespace SpecialtyTowns.Expo.Extensions;

/// <summary>The set-up and registration use cases (issue #15, set-up).</summary>
public static class ExpoSetupExtensions
{
    public static IServiceCollection AddExpoSetup(this IServiceCollection services)
    {
        services.AddScoped<AddSetupItem>();
        services.AddScoped<EventTimeZones>();
        services.AddScoped<AddHall>();
        services.AddScoped<AddTables>();
        services.AddScoped<AddSession>();
        services.AddScoped<AddInterpreter>();
        services.AddScoped<ChangeSettings>();
        services.AddScoped<Register>();
        services.AddScoped<DecideParticipants>();
        services.AddScoped<PlacedMeetings>();
        services.AddScoped<AddSlot>();
        services.AddScoped<ChangeSlot>();
        services.AddScoped<GetSetup>();
        services.AddScoped<Withdraw>();
        services.AddScoped<ParticipantDeparture>();
        services.AddScoped<SetAvailability>();
        services.AddScoped<ListParticipants>();
        services.AddScoped<SetupUsage>();
        services.AddScoped<EditHall>();
        services.AddScoped<EditTable>();
        services.AddScoped<EditInterpreter>();
        services.AddScoped<DeleteSetupItems>();
        services.AddScoped<ListMyEvents>();
        services.AddScoped<ListEventSlots>();
        return services;
    }
}
