using SpecialtyTowns.Expo.Application.Outcomes;
using SpecialtyTowns.Expo.Application.Outcomes.Leads;

namespace SpecialtyTowns.Expo.Extensions;

/// <summary>Meeting outcomes and the leads they made in Leads (issue 16).</summary>
public static class ExpoOutcomesExtensions
{
    public static IServiceCollection AddExpoOutcomes(this IServiceCollection services)
    {
        services.AddScoped<OutcomeMeetings>();
        services.AddScoped<RecordMeetingOutcome>();
        services.AddScoped<GetMeetingOutcome>();
        services.AddScoped<RecordExpoLead>();
        return services;
    }
}
