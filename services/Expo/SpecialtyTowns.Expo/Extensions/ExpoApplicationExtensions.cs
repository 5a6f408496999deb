using SpecialtyTowns.Expo.Consumers;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Infrastructure;
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
        builder.AddMessaging("expo", bus => bus.AddConsumer<TownRegisteredConsumer>());
        builder.AddOutbox<ExpoDbContext>(MessageTypeRegistry.FromAssemblyOf<ExpoEventScheduled>());
        builder.Services.AddScoped<Grpc.ExpoEventsHandler>();
        builder.Services.AddSingleton<Grpc.ScheduleSolver>();
        return builder;
    }
}
