using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace SpecialtyTowns.Gateway.Extensions;

/// <summary>
/// The OpenAPI document declares the bearer (JWT) scheme, and each operation that needs a
/// token says so. The rule is the authorization middleware's: an endpoint without
/// <see cref="IAllowAnonymous"/> falls under the fallback policy and needs a signed-in caller.
/// Also the options of the API reference page that renders the document.
/// </summary>
public static class GatewayOpenApiExtensions
{
    public const string BearerScheme = "Bearer";

    public static IHostApplicationBuilder AddGatewayOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "The access token from POST /api/v1/auth/login or /refresh.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement
                    {
                        [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [],
                    });
                }

                return Task.CompletedTask;
            });
        });

        // The /scalar page under a content-security policy: a fresh nonce on its inline script
        // per answer (SecurityHeadersExtensions puts it in the policy) and no fonts from a CDN.
        builder.Services.Configure<ScalarOptions>(options => options.WithNonce().DisableDefaultFonts());
        return builder;
    }
}
