using System.Text.Encodings.Web;
using System.Text.Unicode;
using AntDesign;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using SpecialtyTowns.Gateway.Web.Auth;
using SpecialtyTowns.Gateway.Web.Components;
using SpecialtyTowns.Gateway.Web.Localization;

namespace SpecialtyTowns.Gateway.Extensions;

/// <summary>The web front end: Blazor pages served by the gateway, calling the services with the user's identity.</summary>
public static class GatewayWebExtensions
{
    public static IHostApplicationBuilder AddGatewayWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Chinese text as characters, not as &#x..; entities three times their size.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAntDesign();
        builder.Services.AddScoped<SpecialtyTowns.Gateway.Web.Forms.PageProblems>();
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "st.antiforgery";
            options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });

        // Packages' static files (Ant Design, ECharts) from the build output, as in a published app.
        if (builder is WebApplicationBuilder web)
        {
            web.WebHost.UseStaticWebAssets();
        }

        return builder;
    }

    /// <summary>Request culture for every request (pages and the API's messages alike).</summary>
    public static WebApplication UseGatewayCulture(this WebApplication app)
    {
        app.UseRequestLocalization(UiCulture.Options());
        return app;
    }

    public static WebApplication MapGatewayWeb(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapPageEndpoints();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .Add(endpoint =>
            {
                // Blazor's own endpoints (its script, the interactive hub) are open to all; every
                // page states who may see it ([AllowAnonymous] or [Authorize]), checked by a test,
                // and a page that forgot would fall to the closed fallback policy.
                if (!endpoint.Metadata.OfType<ComponentTypeMetadata>().Any())
                {
                    endpoint.Metadata.Add(new AllowAnonymousAttribute());
                }
            });
        return app;
    }
}
