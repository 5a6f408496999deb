using SpecialtyTowns.Expo.Application.CheckIn;

namespace SpecialtyTowns.Expo.Extensions;

/// <summary>Check-in on the day: badges, the venue desk and meeting check-in (issue 16).</summary>
public static class ExpoCheckInExtensions
{
    public static IServiceCollection AddExpoCheckIn(this IServiceCollection services)
    {
        services.AddScoped<BadgeKeys>();
        services.AddScoped<CheckInParticipant>();
        services.AddScoped<ListCheckIns>();
        services.AddScoped<SearchCheckIn>();
        services.AddScoped<GetBadge>();
        services.AddScoped<GetBadgeKey>();
        services.AddScoped<CheckInAtMeeting>();
        return services;
    }
}
