using Grpc.Core;
using SpecialtyTowns.Expo.Application.Outcomes;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc.Outcomes;

/// <summary>Meeting outcomes: proto to command and back.</summary>
public sealed class OutcomesGrpcService(RecordMeetingOutcome record, GetMeetingOutcome get) : ExpoOutcomesService.ExpoOutcomesServiceBase
{
    public override async Task<V1.MeetingOutcomeView> RecordMeetingOutcome(RecordMeetingOutcomeRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("meeting_id", request.MeetingId)
            .Required("next_step", request.NextStep, 20)
            .Must(request.Rating is >= 0 and <= OutcomeRules.MaxRating, "rating", $"must be between 1 and {OutcomeRules.MaxRating}, or 0 when not given")
            .Optional("note", request.Note, OutcomeRules.MaxNoteLength)
            .ThrowIfInvalid();
        var command = new RecordMeetingOutcomeCommand(
            request.RequestId,
            Guid.Parse(request.MeetingId),
            request.Held,
            request.Rating == 0 ? null : request.Rating,
            request.NextStep,
            request.Note.Length == 0 ? null : request.Note);
        return OutcomesMapper.ToMessage(await record.ExecuteAsync(command, context.GetCaller(), context.CancellationToken));
    }

    public override async Task<V1.MeetingOutcomeView> GetMeetingOutcome(GetMeetingOutcomeRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("meeting_id", request.MeetingId).ThrowIfInvalid();
        return OutcomesMapper.ToMessage(await get.ExecuteAsync(Guid.Parse(request.MeetingId), context.GetCaller(), context.CancellationToken));
    }
}
