using SpecialtyTowns.Expo.Application.Standby;

namespace SpecialtyTowns.Expo.Extensions;

/// <summary>The day of the event: day settings, no-shows and the standby refill, the hall board.</summary>
public static class ExpoStandbyExtensions
{
    public static IServiceCollection AddExpoStandby(this IServiceCollection services)
    {
        services.AddScoped<ChangeDaySettings>();
        services.AddScoped<StandbyRefill>();
        services.AddScoped<RecordStandbyMatches>();
        services.AddScoped<StandbyOfferViews>();
        services.AddScoped<StandbyOfferAccess>();
        services.AddScoped<ConfirmNoShow>();
        services.AddScoped<GetStandbyOffer>();
        services.AddScoped<AnswerStandbyOffer>();
        services.AddScoped<GetHallBoard>();
        services.AddScoped<StandbyPass>();
        services.AddHostedService<StandbyWorker>();
        return services;
    }
}
