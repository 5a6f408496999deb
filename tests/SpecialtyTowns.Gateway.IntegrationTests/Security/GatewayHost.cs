using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Gateway.IntegrationTests.Security;

/// <summary>
/// The gateway in process on the real PostgreSQL, RabbitMQ and Redis, with a bootstrap admin.
/// No gRPC service runs: the Towns address refuses connections, so a call to it fails fast.
/// </summary>
public sealed class GatewayHost() : ServiceHost<Program>("gateway")
{
    public const string AdminEmail = "admin@headers.specialtytowns.test";
    public const string AdminPassword = "headers-admin-password-1";

    protected override void Configure(IDictionary<string, string> settings)
    {
        settings["Auth:PrivateKeyPem"] = Keys.PrivateKeyPem;
        settings["Auth:BootstrapAdminEmail"] = AdminEmail;
        settings["Auth:BootstrapAdminPassword"] = AdminPassword;
        settings["Services:Towns:Grpc"] = "http://127.0.0.1:1";
        settings["RateLimiting:PerIp:PermitLimit"] = "1000000";
        settings["RateLimiting:PerUser:PermitLimit"] = "1000000";
    }
}
