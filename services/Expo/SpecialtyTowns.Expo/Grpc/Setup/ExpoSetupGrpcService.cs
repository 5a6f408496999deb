using Grpc.Core;
using SpecialtyTowns.Expo.Application.Registration;
using SpecialtyTowns.Expo.Application.Setup;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc.Setup;

/// <summary>Set-up and registration: thin adapters; the use cases decide.</summary>
public sealed class ExpoSetupGrpcService(IServiceProvider services) : ExpoSetupService.ExpoSetupServiceBase
{
    public override async Task<EventHall> AddHall(AddHallRequest request, ServerCallContext context) =>
        SetupMessages.Hall(await Use<Application.Setup.AddHall>().ExecuteAsync(SetupRequests.ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<AddTablesResponse> AddTables(AddTablesRequest request, ServerCallContext context)
    {
        var tables = await Use<Application.Setup.AddTables>().ExecuteAsync(SetupRequests.ToCommand(request), context.GetCaller(), context.CancellationToken);
        var response = new AddTablesResponse();
        response.Tables.AddRange(tables.Select(SetupMessages.Table));
        return response;
    }

    public override async Task<AddSessionResponse> AddSession(AddSessionRequest request, ServerCallContext context)
    {
        var (session, slots) = await Use<Application.Setup.AddSession>().ExecuteAsync(SetupRequests.ToCommand(request), context.GetCaller(), context.CancellationToken);
        var timeZone = await Use<EventTimeZones>().OfAsync(session.EventId, context.CancellationToken);
        var response = new AddSessionResponse { Session = SetupMessages.Session(session) };
        response.Slots.AddRange(slots.Select(s => SetupMessages.Slot(s, timeZone)));
        return response;
    }

    public override async Task<EventInterpreter> AddInterpreter(AddInterpreterRequest request, ServerCallContext context) =>
        SetupMessages.Interpreter(await Use<Application.Setup.AddInterpreter>().ExecuteAsync(SetupRequests.ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<EventHall> UpdateHall(UpdateHallRequest request, ServerCallContext context) =>
        SetupMessages.Hall(await Use<EditHall>().ExecuteAsync(SetupEditRequests.ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<EventTable> UpdateTable(UpdateTableRequest request, ServerCallContext context) =>
        SetupMessages.Table(await Use<EditTable>().ExecuteAsync(SetupEditRequests.ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<EventInterpreter> UpdateInterpreter(UpdateInterpreterRequest request, ServerCallContext context) =>
        SetupMessages.Interpreter(await Use<EditInterpreter>().ExecuteAsync(SetupEditRequests.ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<SetupItemsDeleted> DeleteHall(DeleteHallRequest request, ServerCallContext context) =>
        Deleted(await Use<DeleteSetupItems>().HallAsync(SetupEditRequests.ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<SetupItemsDeleted> DeleteTable(DeleteTableRequest request, ServerCallContext context) =>
        Deleted(await Use<DeleteSetupItems>().TableAsync(SetupEditRequests.ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<SetupItemsDeleted> DeleteInterpreter(DeleteInterpreterRequest request, ServerCallContext context) =>
        Deleted(await Use<DeleteSetupItems>().InterpreterAsync(SetupEditRequests.ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<EventSettings> ChangeSettings(ChangeSettingsRequest request, ServerCallContext context) =>
        SetupMessages.Settings(await Use<Application.Setup.ChangeSettings>().ExecuteAsync(SetupRequests.ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<EventParticipant> Register(RegisterRequest request, ServerCallContext context) =>
        SetupMessages.Participant(await Use<Application.Registration.Register>().ExecuteAsync(RegistrationRequests.ToCommand(request), context.GetCaller(), context.CancellationToken));

    public override async Task<DecideParticipantsResponse> DecideParticipants(DecideParticipantsRequest request, ServerCallContext context)
    {
        var decided = await Use<Application.Registration.DecideParticipants>().ExecuteAsync(RegistrationRequests.ToCommand(request), context.GetCaller(), context.CancellationToken);
        var response = new DecideParticipantsResponse();
        response.Participants.AddRange(decided.Select(p => SetupMessages.Participant(p)));
        return response;
    }

    public override async Task<EventSlot> AddSlot(AddSlotRequest request, ServerCallContext context)
    {
        var slot = await Use<Application.Setup.AddSlot>().ExecuteAsync(SetupRequests.ToCommand(request), context.GetCaller(), context.CancellationToken);
        return SetupMessages.Slot(slot, await Use<EventTimeZones>().OfAsync(slot.EventId, context.CancellationToken));
    }

    public override Task<SlotChange> MoveSlot(MoveSlotRequest request, ServerCallContext context) => ChangeSlotAsync(SetupRequests.ToCommand(request), context);

    public override Task<SlotChange> DeleteSlot(DeleteSlotRequest request, ServerCallContext context) => ChangeSlotAsync(SetupRequests.ToCommand(request), context);

    public override async Task<EventSetup> GetSetup(GetSetupRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("event_id", request.EventId).ThrowIfInvalid();
        return SetupMessages.Setup(await Use<Application.Setup.GetSetup>().ExecuteAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken));
    }

    public override async Task<EventParticipant> GetMyRegistration(GetMyRegistrationRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("event_id", request.EventId).ThrowIfInvalid();
        var (participant, unavailable) = await Use<ListParticipants>().OwnAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken);
        return SetupMessages.Participant(participant, unavailable);
    }

    public override async Task<EventParticipant> Withdraw(WithdrawRequest request, ServerCallContext context)
    {
        SetupRequests.Start(request.RequestId, request.EventId).ThrowIfInvalid();
        var command = new WithdrawCommand(request.RequestId, Guid.Parse(request.EventId));
        return SetupMessages.Participant(await Use<Application.Registration.Withdraw>().ExecuteAsync(command, context.GetCaller(), context.CancellationToken));
    }

    public override async Task<SetAvailabilityResponse> SetAvailability(SetAvailabilityRequest request, ServerCallContext context)
    {
        var result = await Use<Application.Registration.SetAvailability>().ExecuteAsync(RegistrationRequests.ToCommand(request), context.GetCaller(), context.CancellationToken);
        var response = new SetAvailabilityResponse();
        response.UnavailableSlotIds.AddRange(result.UnavailableSlotIds.Select(id => id.ToString()));
        response.UnplacedMeetingIds.AddRange(result.UnplacedMeetingIds.Select(id => id.ToString()));
        return response;
    }

    public override async Task<ListParticipantsResponse> ListParticipants(ListParticipantsRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("event_id", request.EventId)
            .Must(request.Status is "" or "pending" or "approved" or "rejected" or "withdrawn", "status", "must be pending, approved, rejected or withdrawn")
            .Must(request.Kind is "" or "investor" or "town" or "enterprise", "kind", "must be investor, town or enterprise")
            .ThrowIfInvalid();
        var participants = await Use<Application.Registration.ListParticipants>().ExecuteAsync(Guid.Parse(request.EventId), request.Status, request.Kind, context.GetCaller(), context.CancellationToken);
        var response = new ListParticipantsResponse();
        response.Participants.AddRange(participants.Select(p => SetupMessages.Participant(p.Participant, p.Unavailable)));
        return response;
    }

    private async Task<SlotChange> ChangeSlotAsync(ChangeSlotCommand command, ServerCallContext context)
    {
        var result = await Use<ChangeSlot>().ExecuteAsync(command, context.GetCaller(), context.CancellationToken);
        var response = new SlotChange();
        response.UnplacedMeetingIds.AddRange(result.UnplacedMeetingIds.Select(id => id.ToString()));
        if (result.SlotId is { } slotId)
        {
            var slot = await Use<EventTimeZones>().SlotAsync(slotId, context.CancellationToken);
            response.Slot = SetupMessages.Slot(slot, await Use<EventTimeZones>().OfAsync(slot.EventId, context.CancellationToken));
        }

        return response;
    }

    public override async Task<ListMyEventsResponse> ListMyEvents(ListMyEventsRequest request, ServerCallContext context)
    {
        var items = await Use<Application.Setup.ListMyEvents>().ExecuteAsync(context.GetCaller(), context.CancellationToken);
        var response = new ListMyEventsResponse();
        response.Events.AddRange(items.Select(i => new MyEvent
        {
            Id = i.Event.Id.ToString(),
            Name = i.Event.Name,
            NameEn = i.Event.NameEn ?? string.Empty,
            StartsOn = i.Event.StartsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            EndsOn = i.Event.EndsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            City = i.Event.City ?? string.Empty,
            Managed = i.Managed,
            RegistrationStatus = i.RegistrationStatus ?? string.Empty,
            RegistrationOpen = i.Event.RegistrationOpen,
        }));
        return response;
    }

    public override async Task<ListEventSlotsResponse> ListEventSlots(ListEventSlotsRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("event_id", request.EventId).ThrowIfInvalid();
        var (expoEvent, slots) = await Use<Application.Setup.ListEventSlots>().ExecuteAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken);
        var response = new ListEventSlotsResponse { TimeZone = expoEvent.TimeZone };
        response.Slots.AddRange(slots.Select(s => SetupMessages.Slot(s, expoEvent.TimeZone)));
        return response;
    }

    private static SetupItemsDeleted Deleted(IReadOnlyList<Guid> ids)
    {
        var response = new SetupItemsDeleted();
        response.DeletedIds.AddRange(ids.Select(id => id.ToString()));
        return response;
    }

    // Resolved per call: each RPC needs one use case, not all of them.
    private T Use<T>()
        where T : notnull => services.GetRequiredService<T>();
}
