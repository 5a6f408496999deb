using SpecialtyTowns.Messaging.Extensions;
using SpecialtyTowns.ServiceDefaults.Extensions;
using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Extensions;

public static class TownsApplicationExtensions
{
    public static IHostApplicationBuilder AddTownsApplication(this IHostApplicationBuilder builder)
    {
        builder.AddServiceAuthentication();
        builder.AddGrpcDefaults();
        builder.AddServiceDatabase<TownsDbContext>("towns");
        builder.AddMessaging("towns");
        builder.AddOutbox<TownsDbContext>();
        builder.Services.AddScoped<TownRegistrar>();
        builder.Services.AddScoped<TownEditor>();
        builder.Services.AddScoped<ProjectWorkflow>();
        return builder;
    }
}
