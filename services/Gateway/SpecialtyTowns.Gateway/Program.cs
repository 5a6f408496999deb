using SpecialtyTowns.Gateway.Extensions;
using SpecialtyTowns.ServiceDefaults.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGatewayApi();

await app.RunAsync();
