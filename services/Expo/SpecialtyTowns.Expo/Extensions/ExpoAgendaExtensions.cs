using SpecialtyTowns.Expo.Application.Agenda;

namespace SpecialtyTowns.Expo.Extensions;

/// <summary>Agendas and calendar feeds (issue 16).</summary>
public static class ExpoAgendaExtensions
{
    public static IServiceCollection AddExpoAgenda(this IServiceCollection services)
    {
        services.AddScoped<AgendaReader>();
        services.AddSingleton<CalendarWriter>();
        services.AddScoped<GetAgenda>();
        services.AddScoped<IssueCalendarFeed>();
        services.AddScoped<RevokeCalendarFeed>();
        services.AddScoped<GetCalendarFeed>();
        return services;
    }
}
