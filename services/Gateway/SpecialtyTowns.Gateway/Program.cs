using SpecialtyTowns.Gateway.Extensions;
using SpecialtyTowns.Gateway.Identity;
using SpecialtyTowns.ServiceDefaults.Extensions;
using SpecialtyTowns.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGatewayApi();

await app.MigrateDatabaseAsync<GatewayDbContext>();
await app.BootstrapAdminAsync();
await app.RunAsync();
