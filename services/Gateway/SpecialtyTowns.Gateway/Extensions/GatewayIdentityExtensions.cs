using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using SpecialtyTowns.Gateway.Errors;
using Microsoft.AspNetCore.DataProtection;
using SpecialtyTowns.Gateway.Identity;
using SpecialtyTowns.Gateway.Web.Auth;
using SpecialtyTowns.ServiceDefaults.Extensions;
using SpecialtyTowns.ServiceDefaults.Security;

namespace SpecialtyTowns.Gateway.Extensions;

/// <summary>Accounts (ASP.NET Core Identity in the gateway's own database) and bearer tokens.</summary>
public static class GatewayIdentityExtensions
{
    public static IHostApplicationBuilder AddGatewayIdentity(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<GatewayDbContext>("gateway");
        builder.Services.AddOptions<AuthOptions>().BindConfiguration("Auth");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();

        builder.Services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // No account-wide lockout: anyone could trigger it against anyone. SignInThrottle
                // slows the failing client instead.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<GatewayDbContext>();

        var signingKey = SigningKeys.Private(builder.Configuration);
        builder.Services.AddSingleton(signingKey);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddScoped<RefreshTokenStore>();
        builder.Services.AddScoped<SessionIssuer>();
        builder.Services.AddScoped<AccountRegistrar>();
        builder.Services.AddScoped<AccountDecisions>();
        builder.Services.AddOptions<SignInThrottleOptions>()
            .BindConfiguration(SignInThrottleOptions.SectionName)
            .Validate(options => options.PerAccountAndClient.IsValid() && options.PerClient.IsValid(), "Auth:SignInThrottle: FreeFailures and delays must be positive, MaxDelay >= FirstDelay, Memory >= MaxDelay")
            .ValidateOnStart();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddScoped<PendingAccounts>();
        builder.Services.AddTransient<IdentityForwardingInterceptor>();

        builder.Services.AddScoped<PageSessionEvents>();
        builder.Services.AddScoped<PageTokenRefresher>();
        builder.Services.AddAuthentication(PageAuthentication.SelectorScheme)
            .AddPolicyScheme(PageAuthentication.SelectorScheme, displayName: null, options => options.ForwardDefaultSelector = PageAuthentication.SelectScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = ServiceAuthenticationExtensions.ValidationParameters(signingKey);
            })
            .AddCookie(PageAuthentication.Scheme, PageAuthentication.Configure);
        builder.Services.AddDataProtection()
            .SetApplicationName("SpecialtyTowns.Gateway")
            .PersistKeysToDbContext<GatewayDbContext>();
        // An endpoint that forgets to say who may call it is closed, not open (an unrouted request is a 404 for all).
        builder.Services.AddAuthorization(options => options.FallbackPolicy = UnroutedRequests.FallbackPolicy);
        return builder;
    }
}
