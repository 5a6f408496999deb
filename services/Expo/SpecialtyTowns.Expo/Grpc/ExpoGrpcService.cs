using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc;

public sealed class ExpoGrpcService(ExpoDbContext db, ExpoEventsHandler events, ScheduleSolver solver) : ExpoService.ExpoServiceBase
{
    public override Task<SolveScheduleResponse> SolveSchedule(SolveScheduleRequest request, ServerCallContext context) =>
        solver.SolveAsync(request, context);

    public override Task<V1.ExpoEvent> CreateEvent(CreateEventRequest request, ServerCallContext context) =>
        events.CreateAsync(request, context);

    public override Task<V1.ExpoEvent> UpdateEvent(UpdateEventRequest request, ServerCallContext context) =>
        events.UpdateAsync(request, context);

    public override async Task<V1.ExpoEvent> GetEvent(GetEventRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        var id = Guid.Parse(request.Id);
        var expoEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("Event", request.Id);
        return ExpoEventMapper.ToMessage(expoEvent);
    }

    public override async Task<V1.ExhibitorTown> GetExhibitorTown(GetExhibitorTownRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("town_id", request.TownId).ThrowIfInvalid();
        var townId = Guid.Parse(request.TownId);
        var town = await db.ExhibitorTowns.AsNoTracking().SingleOrDefaultAsync(t => t.TownId == townId, context.CancellationToken)
            ?? throw new NotFoundException("Town", request.TownId);
        return new V1.ExhibitorTown
        {
            TownId = town.TownId.ToString(),
            Name = town.Name,
            NameEn = town.NameEn ?? string.Empty,
            ReceivedAt = Timestamp.FromDateTimeOffset(town.ReceivedAt),
        };
    }
}
