using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using SpecialtyTowns.ServiceDefaults.Security;

namespace SpecialtyTowns.ServiceDefaults.Extensions;

/// <summary>
/// Services accept only calls that carry an access token signed by the gateway's key, for our
/// audience, unexpired: a request that reaches a service without one is refused there.
/// </summary>
public static class ServiceAuthenticationExtensions
{
    public static IHostApplicationBuilder AddServiceAuthentication(this IHostApplicationBuilder builder)
    {
        var key = SigningKeys.Public(builder.Configuration);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = ValidationParameters(key);
            });
        builder.Services.AddAuthorization();
        return builder;
    }

    public static TokenValidationParameters ValidationParameters(SecurityKey key) => new()
    {
        ValidIssuer = TokenSettings.Issuer,
        ValidAudience = TokenSettings.Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = ClaimNames.Subject,
        RoleClaimType = ClaimNames.Role,
    };
}
