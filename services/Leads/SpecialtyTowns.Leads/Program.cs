using SpecialtyTowns.Leads.Extensions;
using SpecialtyTowns.Leads.Grpc;
using SpecialtyTowns.Leads.Grpc.Deals;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.ServiceDefaults.Extensions;
using SpecialtyTowns.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddLeadsApplication();
builder.AddMatchingEngine();

var app = builder.Build();
if (await app.RunMatchingCommandAsync(args))
{
    return;
}

app.MapDefaultEndpoints();
app.MapGrpcDefaults();
app.MapGrpcService<LeadsGrpcService>().RequireAuthorization();
app.MapGrpcService<DealsGrpcService>().RequireAuthorization();
app.MapGrpcService<InvestorsGrpcService>().RequireAuthorization();
app.MapGrpcService<FunnelGrpcService>().RequireAuthorization();

await app.MigrateDatabaseAsync<LeadsDbContext>();
await app.RunAsync();
