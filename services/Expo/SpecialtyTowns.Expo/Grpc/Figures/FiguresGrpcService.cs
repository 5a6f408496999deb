using Grpc.Core;
using SpecialtyTowns.Expo.Application.Figures;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc.Figures;

/// <summary>The live figures: one event's (its organizer, admins) and the province's (admins).</summary>
public sealed class FiguresGrpcService(GetEventFigures getEventFigures, GetProvinceFigures getProvinceFigures) : ExpoFiguresService.ExpoFiguresServiceBase
{
    public override async Task<EventFigures> GetEventFigures(GetEventFiguresRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("event_id", request.EventId).ThrowIfInvalid();
        return FiguresMapper.ToMessage(await getEventFigures.ExecuteAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken));
    }

    public override async Task<ProvinceFigures> GetProvinceFigures(GetProvinceFiguresRequest request, ServerCallContext context) =>
        FiguresMapper.ToMessage(await getProvinceFigures.ExecuteAsync(context.GetCaller(), context.CancellationToken));
}
