using Grpc.Core;
using Grpc.Net.ClientFactory;
using Scalar.AspNetCore;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Gateway.Api.Accounts;
using SpecialtyTowns.Gateway.Api.Auth;
using SpecialtyTowns.Gateway.Api.ChainGaps;
using SpecialtyTowns.Gateway.Api.Chains;
using SpecialtyTowns.Gateway.Api.Deals;
using SpecialtyTowns.Gateway.Api.Enterprises;
using SpecialtyTowns.Gateway.Api.EnterpriseSearch;
using SpecialtyTowns.Gateway.Api.Events;
using SpecialtyTowns.Gateway.Api.ExpoRequests;
using SpecialtyTowns.Gateway.Api.ExpoAgenda;
using SpecialtyTowns.Gateway.Api.ExpoBookings;
using SpecialtyTowns.Gateway.Api.ExpoOutcomes;
using SpecialtyTowns.Gateway.Api.ExpoFigures;
using SpecialtyTowns.Gateway.Api.ExpoCheckIn;
using SpecialtyTowns.Gateway.Api.ExpoRuns;
using SpecialtyTowns.Gateway.Api.ExpoSetup;
using SpecialtyTowns.Gateway.Api.ExpoStandby;
using SpecialtyTowns.Gateway.Api.Investors;
using SpecialtyTowns.Gateway.Api.Funnel;
using SpecialtyTowns.Gateway.Api.Leads;
using SpecialtyTowns.Gateway.Api.Projects;
using SpecialtyTowns.Gateway.Api.Recommendations;
using SpecialtyTowns.Gateway.Api.Schedules;
using SpecialtyTowns.Gateway.Api.Search;
using SpecialtyTowns.Gateway.Api.ReadModels;
using SpecialtyTowns.Gateway.Api.Towns;
using SpecialtyTowns.Gateway.Caching;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Gateway.RateLimiting;
using SpecialtyTowns.Gateway.ServiceClients;
using SpecialtyTowns.Messaging.Extensions;
using SpecialtyTowns.Gateway.Identity;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Extensions;

public static class GatewayServiceExtensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayErrors();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = CacheJsonContext.Encoder);
        builder.AddGatewayOpenApi();
        builder.AddGatewayIdentity();
        builder.AddGatewayRedis();
        builder.AddGatewayWeb();

        builder.AddGatewayRateLimiting();
        builder.AddServiceClient<TownsService.TownsServiceClient>("Towns").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<ProjectsService.ProjectsServiceClient>("Towns").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<EnterprisesService.EnterprisesServiceClient>("Enterprises").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<ChainsService.ChainsServiceClient>("Enterprises").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<ChainGapsService.ChainGapsServiceClient>("Enterprises").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<LeadsService.LeadsServiceClient>("Leads").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<DealsService.DealsServiceClient>("Leads").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<InvestorsService.InvestorsServiceClient>("Leads").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<FunnelService.FunnelServiceClient>("Leads").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<MatchingService.MatchingServiceClient>("Leads").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<ExpoService.ExpoServiceClient>("Expo").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<ExpoRequestsService.ExpoRequestsServiceClient>("Expo").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<ExpoBookingsService.ExpoBookingsServiceClient>("Expo").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<ExpoScheduleRuns.ExpoScheduleRunsClient>("Expo").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<ExpoSetupService.ExpoSetupServiceClient>("Expo").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<ExpoAgendaService.ExpoAgendaServiceClient>("Expo").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<ExpoOutcomesService.ExpoOutcomesServiceClient>("Expo").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<ExpoFiguresService.ExpoFiguresServiceClient>("Expo").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddExpoFiguresPush();
        builder.AddServiceClient<ExpoCheckInService.ExpoCheckInServiceClient>("Expo").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);
        builder.AddServiceClient<ExpoStandbyService.ExpoStandbyServiceClient>("Expo").AddInterceptor<IdentityForwardingInterceptor>(InterceptorScope.Client);

        builder.Services.AddOptions<PublicReadCacheOptions>()
            .Bind(builder.Configuration.GetSection(PublicReadCacheOptions.SectionName))
            .Validate(options => options.LocalTtl >= TimeSpan.Zero && options.LocalSizeLimitBytes > 0, "Caching: LocalTtl must not be negative and LocalSizeLimitBytes must be positive")
            .ValidateOnStart();
        builder.Services.AddSingleton<PublicReadCache>();
        builder.AddMessaging("gateway", bus =>
        {
            bus.AddConsumer<CacheInvalidationConsumer>().Endpoint(endpoint => endpoint.Name = CacheInvalidationConsumer.Queue);
            bus.AddConsumer<FiguresPushConsumer>().Endpoint(endpoint => endpoint.Name = FiguresPushConsumer.Queue);
        });
        return builder;
    }

    public static WebApplication MapGatewayApi(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseGatewayErrors();
        app.UseGatewayCulture();
        app.UseAuthentication();
        app.UseGatewayRateLimiting();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();

        // Every API route, present and future, gets the text rule without remembering it.
        var api = app.MapGroup(string.Empty);
        api.AddEndpointFilterFactory(TextInputFilter.Create);
        api.MapAuthApi();
        api.MapAccountsApi();
        api.MapTownsApi();
        api.MapProjectsApi();
        api.MapSearchApi();
        api.MapSchedulesApi();
        api.MapEnterprisesApi();
        api.MapEnterpriseSearchApi();
        api.MapChainsApi();
        api.MapChainGapsApi();
        api.MapLeadsApi();
        api.MapDealsApi();
        api.MapInvestorsApi();
        api.MapFunnelApi();
        api.MapRecommendationsApi();
        api.MapEventsApi();
        api.MapExpoRequestsApi();
        api.MapExpoBookingsApi();
        api.MapExpoRunsApi();
        api.MapExpoSetupApi();
        api.MapExpoAgendaApi();
        api.MapExpoOutcomesApi();
        api.MapExpoFiguresApi();
        api.MapExpoCheckInApi();
        api.MapExpoStandbyApi();
        api.MapReadModelsApi();
        app.MapGatewayWeb();
        return app;
    }
}
