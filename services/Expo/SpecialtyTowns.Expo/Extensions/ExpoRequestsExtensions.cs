using SpecialtyTowns.Expo.Application.Requests;

namespace SpecialtyTowns.Expo.Extensions;

/// <summary>Meeting requests, their expiry job and the participants' inbox.</summary>
public static class ExpoRequestsExtensions
{
    public static IServiceCollection AddExpoRequests(this IServiceCollection services)
    {
        services.AddScoped<RequestChanges>();
        services.AddScoped<TermsCheck>();
        services.AddScoped<AgreeMeeting>();
        services.AddScoped<SendMeetingRequest>();
        services.AddScoped<AcceptMeetingRequest>();
        services.AddScoped<DeclineMeetingRequest>();
        services.AddScoped<CounterMeetingRequest>();
        services.AddScoped<CancelMeetingRequest>();
        services.AddScoped<ReadMeetingRequests>();
        services.AddScoped<GetRequestsOverview>();
        services.AddScoped<ParticipantInbox>();
        return services;
    }
}
