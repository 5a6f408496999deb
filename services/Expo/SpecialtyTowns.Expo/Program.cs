using SpecialtyTowns.Expo.Extensions;
using SpecialtyTowns.Expo.Grpc;
using SpecialtyTowns.Expo.Grpc.Agenda;
using SpecialtyTowns.Expo.Grpc.Bookings;
using SpecialtyTowns.Expo.Grpc.Outcomes;
using SpecialtyTowns.Expo.Grpc.Figures;
using SpecialtyTowns.Expo.Grpc.CheckIn;
using SpecialtyTowns.Expo.Grpc.Requests;
using SpecialtyTowns.Expo.Grpc.Runs;
using SpecialtyTowns.Expo.Grpc.Setup;
using SpecialtyTowns.Expo.Grpc.Standby;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.ServiceDefaults.Extensions;
using SpecialtyTowns.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddExpoApplication();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcDefaults();
app.MapGrpcService<ExpoGrpcService>().RequireAuthorization();
app.MapGrpcService<ExpoRequestsGrpcService>().RequireAuthorization();
app.MapGrpcService<ExpoSetupGrpcService>().RequireAuthorization();
app.MapGrpcService<BookingsGrpcService>().RequireAuthorization();
app.MapGrpcService<ScheduleRunsGrpcService>().RequireAuthorization();
app.MapGrpcService<AgendaGrpcService>().RequireAuthorization();
app.MapGrpcService<OutcomesGrpcService>().RequireAuthorization();
app.MapGrpcService<FiguresGrpcService>().RequireAuthorization();
app.MapGrpcService<CheckInGrpcService>().RequireAuthorization();
app.MapGrpcService<StandbyGrpcService>().RequireAuthorization();

await app.MigrateDatabaseAsync<ExpoDbContext>();
await app.AnnounceExistingEventsAsync();
await app.RunAsync();
