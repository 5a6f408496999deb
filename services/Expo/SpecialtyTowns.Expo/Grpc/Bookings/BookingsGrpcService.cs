using Grpc.Core;
using SpecialtyTowns.Expo.Application.Bookings;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;
using MeetingPlacement = SpecialtyTowns.Expo.V1.MeetingPlacement;
using Timetable = SpecialtyTowns.Expo.V1.Timetable;

namespace SpecialtyTowns.Expo.Grpc.Bookings;

/// <summary>Bookings, unbookings, cancellations and the timetable: proto to command and back.</summary>
public sealed class BookingsGrpcService(
    BookMeeting bookMeeting,
    UnbookMeeting unbookMeeting,
    CancelMeeting cancelMeeting,
    GetTimetable getTimetable) : ExpoBookingsService.ExpoBookingsServiceBase
{
    public override async Task<MeetingPlacement> BookMeeting(BookMeetingRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("event_id", request.EventId)
            .Guid("meeting_id", request.MeetingId)
            .Guid("slot_id", request.SlotId, required: false)
            .Guid("table_id", request.TableId, required: false)
            .Guid("interpreter_id", request.InterpreterId, required: false)
            .ThrowIfInvalid();
        var command = new BookMeetingCommand(
            request.RequestId,
            Guid.Parse(request.EventId),
            Guid.Parse(request.MeetingId),
            OptionalGuid(request.SlotId),
            OptionalGuid(request.TableId),
            OptionalGuid(request.InterpreterId));
        return BookingsMapper.ToMessage(await bookMeeting.ExecuteAsync(command, context.GetCaller(), context.CancellationToken));
    }

    public override async Task<MeetingPlacement> UnbookMeeting(MeetingActionRequest request, ServerCallContext context) =>
        BookingsMapper.ToMessage(await unbookMeeting.ExecuteAsync(ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<MeetingPlacement> CancelMeeting(MeetingActionRequest request, ServerCallContext context) =>
        BookingsMapper.ToMessage(await cancelMeeting.ExecuteAsync(ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<Timetable> GetTimetable(GetTimetableRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("event_id", request.EventId).ThrowIfInvalid();
        return BookingsMapper.ToMessage(await getTimetable.ExecuteAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken));
    }

    private static MeetingActionCommand ToCommand(MeetingActionRequest request)
    {
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("meeting_id", request.MeetingId)
            .Optional("reason", request.Reason, Application.Bookings.CancelMeeting.MaxReasonLength)
            .ThrowIfInvalid();
        return new MeetingActionCommand(request.RequestId, Guid.Parse(request.MeetingId), request.Reason);
    }

    private static Guid? OptionalGuid(string value) => value.Length == 0 ? null : Guid.Parse(value);
}
