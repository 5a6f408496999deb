using SpecialtyTowns.Expo.Application.Bookings;

namespace SpecialtyTowns.Expo.Extensions;

/// <summary>The bookings use cases: book, unbook, cancel and the timetable (issue 15).</summary>
public static class ExpoBookingsExtensions
{
    public static IServiceCollection AddExpoBookings(this IServiceCollection services)
    {
        services.AddScoped<MeetingActors>();
        services.AddScoped<BookingSnapshots>();
        services.AddScoped<FreePlaces>();
        services.AddScoped<BookMeeting>();
        services.AddScoped<UnbookMeeting>();
        services.AddScoped<CancelMeeting>();
        services.AddScoped<GetTimetable>();
        return services;
    }
}
