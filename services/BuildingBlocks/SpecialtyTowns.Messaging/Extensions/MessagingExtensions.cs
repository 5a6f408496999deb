using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using SpecialtyTowns.Messaging.Health;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.ServiceDefaults.Health;

namespace SpecialtyTowns.Messaging.Extensions;

/// <summary>MassTransit over RabbitMQ with our outbox, retries and error queues.</summary>
public static class MessagingExtensions
{
    /// <summary>
    /// Adds the bus. Queues are named after the service (<c>leads-town-registered</c>), so
    /// each service gets its own copy of every event it consumes; an inbox consumer's queue is
    /// the one its <see cref="Inbox.InboxConsumerAttribute"/> declares, and any other consumer
    /// should set its endpoint name when it is registered, so that no queue name follows a class
    /// name. A message that still fails after the retries moves to that queue's <c>_error</c>
    /// queue, never dropped.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
    {
        var uri = new Uri(builder.Configuration.GetConnectionString("RabbitMq")
            ?? throw new InvalidOperationException("ConnectionStrings:RabbitMq is not configured"));
        var retry = builder.Configuration.GetSection("Messaging:Retry").Get<RetrySettings>() ?? new RetrySettings();
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new StableEndpointNameFormatter(serviceName));
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "masstransit";
                health.MinimalFailureStatus = HealthStatus.Unhealthy;
                health.Tags.Clear();
                health.Tags.Add(HealthTags.Ready);
            });
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(uri.Host, (ushort)(uri.IsDefaultPort ? 5672 : uri.Port), VirtualHost(uri), host =>
                {
                    var credentials = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
                    if (credentials[0].Length > 0)
                    {
                        host.Username(credentials[0]);
                        host.Password(credentials.Length > 1 ? credentials[1] : string.Empty);
                    }

                    host.PublisherConfirmation = true;
                    host.RequestedConnectionTimeout(TimeSpan.FromSeconds(5));
                });
                rabbit.UseMessageRetry(r => r.Exponential(retry.Limit, retry.MinInterval, retry.MaxInterval, retry.IntervalDelta));
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddSingleton(_ => new RabbitMqHealthCheck(AmqpUri(uri)));
        builder.Services.AddHealthChecks().AddCheck<RabbitMqHealthCheck>("rabbitmq", tags: [HealthTags.Ready]);
        return builder;
    }

    /// <summary>
    /// Adds the transactional outbox of <typeparamref name="TContext"/> and its dispatcher, for
    /// the message types the service publishes (usually
    /// <c>MessageTypeRegistry.FromAssemblyOf&lt;SomeEvent&gt;()</c> of its contracts).
    /// </summary>
    public static IHostApplicationBuilder AddOutbox<TContext>(this IHostApplicationBuilder builder, MessageTypeRegistry messageTypes)
        where TContext : DbContext
    {
        builder.Services.AddSingleton(messageTypes);
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IInterceptor, OutboxSaveChangesInterceptor>();
        builder.Services.AddScoped<IOutbox, EfOutbox<TContext>>();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        return builder;
    }

    private static Uri AmqpUri(Uri uri) => new UriBuilder(uri) { Scheme = "amqp" }.Uri;

    private static string VirtualHost(Uri uri)
    {
        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return path.Length == 0 ? "/" : path;
    }
}
