using SpecialtyTowns.ServiceDefaults.Extensions;
using SpecialtyTowns.ServiceDefaults.Persistence;
using SpecialtyTowns.Towns.Extensions;
using SpecialtyTowns.Towns.Grpc;
using SpecialtyTowns.Towns.Infrastructure;
using SpecialtyTowns.Towns.Seeding;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddTownsApplication();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcDefaults();
app.MapGrpcService<TownsGrpcService>().RequireAuthorization();
app.MapGrpcService<ProjectsGrpcService>().RequireAuthorization();

await app.MigrateDatabaseAsync<TownsDbContext>();
await app.ReplayAnnouncementsAsync();
await app.SeedTownsAsync();
await app.RunAsync();
