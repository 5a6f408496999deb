using SpecialtyTowns.Enterprises.Extensions;
using SpecialtyTowns.Enterprises.Grpc;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.ServiceDefaults.Extensions;
using SpecialtyTowns.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEnterprisesApplication();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcDefaults();
app.MapGrpcService<EnterprisesGrpcService>().RequireAuthorization();
app.MapGrpcService<ChainsGrpcService>().RequireAuthorization();
app.MapGrpcService<ChainGapsGrpcService>().RequireAuthorization();

await app.MigrateDatabaseAsync<EnterprisesDbContext>();
await app.AnnounceExistingChainsAsync();
await app.RunAsync();
