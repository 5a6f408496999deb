using Grpc.Core;
using SpecialtyTowns.Expo.Application.Runs;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc.Runs;

/// <summary>Scheduling runs of an event: start, watch, review, publish; lock or unlock placed meetings.</summary>
public sealed class ScheduleRunsGrpcService(
    StartScheduleRun startRun,
    GetScheduleRun getRun,
    PublishScheduleRun publishRun,
    SetMeetingLocked setLocked) : ExpoScheduleRuns.ExpoScheduleRunsBase
{
    private const int MaxTimeLimitSeconds = 600;

    public override async Task<ScheduleRunView> StartScheduleRun(StartScheduleRunRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("event_id", request.EventId)
            .Must(request.TimeLimitSeconds is >= 0 and <= MaxTimeLimitSeconds, "time_limit_seconds", $"must be between 1 and {MaxTimeLimitSeconds} (0: 30)")
            .ThrowIfInvalid();
        var command = new StartScheduleRunCommand(request.RequestId, Guid.Parse(request.EventId), request.TimeLimitSeconds == 0 ? 30 : request.TimeLimitSeconds);
        return ScheduleRunMapper.ToView(await startRun.ExecuteAsync(command, context.GetCaller(), context.CancellationToken), null);
    }

    public override async Task<ScheduleRunView> GetScheduleRun(GetScheduleRunRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        var (run, draft) = await getRun.ExecuteAsync(Guid.Parse(request.Id), context.GetCaller(), context.CancellationToken);
        return ScheduleRunMapper.ToView(run, draft);
    }

    public override async Task<ListScheduleRunsResponse> ListScheduleRuns(ListScheduleRunsRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("event_id", request.EventId).ThrowIfInvalid();
        var runs = await getRun.ListAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken);
        return new ListScheduleRunsResponse { Runs = { runs.Select(r => ScheduleRunMapper.ToView(r, null, withProgress: false)) } };
    }

    public override async Task<ScheduleRunView> PublishScheduleRun(PublishScheduleRunRequest request, ServerCallContext context)
    {
        new RequestValidator().RequestId(request.RequestId).Guid("id", request.Id).ThrowIfInvalid();
        var command = new PublishScheduleRunCommand(request.RequestId, Guid.Parse(request.Id), request.LeaveUnlocked);
        return ScheduleRunMapper.ToView(await publishRun.ExecuteAsync(command, context.GetCaller(), context.CancellationToken), null);
    }

    public override async Task<MeetingLockView> SetMeetingLocked(SetMeetingLockedRequest request, ServerCallContext context)
    {
        new RequestValidator().RequestId(request.RequestId).Guid("meeting_id", request.MeetingId).ThrowIfInvalid();
        var meeting = await setLocked.ExecuteAsync(
            new SetMeetingLockedCommand(request.RequestId, Guid.Parse(request.MeetingId), request.Locked), context.GetCaller(), context.CancellationToken);
        return new MeetingLockView { MeetingId = meeting.Id.ToString(), Locked = meeting.Locked };
    }
}
