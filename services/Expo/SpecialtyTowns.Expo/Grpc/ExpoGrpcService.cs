using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using SpecialtyTowns.Expo.Application;
using SpecialtyTowns.Expo.Scheduling.Serialization;
using SpecialtyTowns.Expo.Scheduling.Validation;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc;

public sealed class ExpoGrpcService(
    CreateEvent createEvent,
    UpdateEvent updateEvent,
    GetEvent getEvent,
    GetExhibitorTown getExhibitorTown,
    SolveSchedule solveSchedule) : ExpoService.ExpoServiceBase
{
    public override async Task<SolveScheduleResponse> SolveSchedule(SolveScheduleRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var command = ScheduleRequestMapper.ToCommand(request);
        try
        {
            var schedule = await solveSchedule.ExecuteAsync(command, caller, context.CancellationToken);
            return new SolveScheduleResponse { ScheduleJson = SchedulingJson.Serialize(schedule) };
        }
        catch (InstanceException exception)
        {
            // The scheduler checks the instance as a whole while solving; what it refuses is still the request's fault.
            throw new RequestValidationException([new FieldViolation("instance_json", exception.Message)]);
        }
    }

    public override async Task<V1.ExpoEvent> CreateEvent(CreateEventRequest request, ServerCallContext context) =>
        ExpoEventMapper.ToMessage(await createEvent.ExecuteAsync(ExpoEventMapper.ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<V1.ExpoEvent> UpdateEvent(UpdateEventRequest request, ServerCallContext context) =>
        ExpoEventMapper.ToMessage(await updateEvent.ExecuteAsync(ExpoEventMapper.ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<V1.ExpoEvent> GetEvent(GetEventRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        return ExpoEventMapper.ToMessage(await getEvent.ExecuteAsync(Guid.Parse(request.Id), context.CancellationToken));
    }

    public override async Task<V1.ExhibitorTown> GetExhibitorTown(GetExhibitorTownRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("town_id", request.TownId).ThrowIfInvalid();
        var town = await getExhibitorTown.ExecuteAsync(Guid.Parse(request.TownId), context.CancellationToken);
        return new V1.ExhibitorTown
        {
            TownId = town.TownId.ToString(),
            Name = town.Name,
            NameEn = town.NameEn ?? string.Empty,
            ReceivedAt = Timestamp.FromDateTimeOffset(town.ReceivedAt),
        };
    }
}
