using Grpc.Core;
using SpecialtyTowns.Expo.Application.Standby;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc.Standby;

/// <summary>Day settings, no-shows, standby offers and the hall board: proto to command and back.</summary>
public sealed class StandbyGrpcService(
    ChangeDaySettings changeDaySettings,
    ConfirmNoShow confirmNoShow,
    GetStandbyOffer getStandbyOffer,
    AnswerStandbyOffer answerStandbyOffer,
    GetHallBoard getHallBoard) : ExpoStandbyService.ExpoStandbyServiceBase
{
    public override async Task<V1.DaySettings> ChangeDaySettings(ChangeDaySettingsRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("event_id", request.EventId)
            .Must(request.NoShowAfterMinutes is >= 1 and <= Application.Standby.ChangeDaySettings.MaxNoShowMinutes, "no_show_after_minutes", $"must be between 1 and {Application.Standby.ChangeDaySettings.MaxNoShowMinutes}")
            .Must(request.StandbyOfferSeconds is >= Application.Standby.ChangeDaySettings.MinOfferSeconds and <= Application.Standby.ChangeDaySettings.MaxOfferSeconds, "standby_offer_seconds", $"must be between {Application.Standby.ChangeDaySettings.MinOfferSeconds} and {Application.Standby.ChangeDaySettings.MaxOfferSeconds}")
            .Must(request.PendingTooLongHours is >= 1 and <= Application.Standby.ChangeDaySettings.MaxPendingHours, "pending_too_long_hours", $"must be between 1 and {Application.Standby.ChangeDaySettings.MaxPendingHours}")
            .ThrowIfInvalid();
        var command = new DaySettingsCommand(request.RequestId, Guid.Parse(request.EventId), request.NoShowAfterMinutes, request.StandbyOfferSeconds, request.PendingTooLongHours);
        return StandbyMapper.ToMessage(await changeDaySettings.ExecuteAsync(command, context.GetCaller(), context.CancellationToken));
    }

    public override async Task<V1.NoShowResult> ConfirmNoShow(ConfirmNoShowRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("meeting_id", request.MeetingId)
            .Guid("participant_id", request.ParticipantId)
            .ThrowIfInvalid();
        var command = new ConfirmNoShowCommand(request.RequestId, Guid.Parse(request.MeetingId), Guid.Parse(request.ParticipantId));
        return StandbyMapper.ToMessage(await confirmNoShow.ExecuteAsync(command, context.GetCaller(), context.CancellationToken));
    }

    public override async Task<V1.StandbyOffer> GetStandbyOffer(GetStandbyOfferRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        return StandbyMapper.ToMessage(await getStandbyOffer.ExecuteAsync(Guid.Parse(request.Id), context.GetCaller(), context.CancellationToken));
    }

    public override Task<V1.StandbyOffer> AcceptStandbyOffer(AnswerStandbyOfferRequest request, ServerCallContext context) =>
        AnswerAsync(request, accept: true, context);

    public override Task<V1.StandbyOffer> DeclineStandbyOffer(AnswerStandbyOfferRequest request, ServerCallContext context) =>
        AnswerAsync(request, accept: false, context);

    public override async Task<V1.HallBoard> GetHallBoard(GetHallBoardRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("event_id", request.EventId).ThrowIfInvalid();
        return StandbyMapper.ToMessage(await getHallBoard.ExecuteAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken));
    }

    private async Task<V1.StandbyOffer> AnswerAsync(AnswerStandbyOfferRequest request, bool accept, ServerCallContext context)
    {
        new RequestValidator().RequestId(request.RequestId).Guid("id", request.Id).ThrowIfInvalid();
        var command = new AnswerOfferCommand(request.RequestId, Guid.Parse(request.Id), accept);
        return StandbyMapper.ToMessage(await answerStandbyOffer.ExecuteAsync(command, context.GetCaller(), context.CancellationToken));
    }
}
