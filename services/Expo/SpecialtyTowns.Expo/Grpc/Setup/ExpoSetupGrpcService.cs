using Grpc.Core;
using SpecialtyTowns.Expo.Application.Registration;
using SpecialtyTowns.Expo.Application.Setup;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Security;

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

    // Resolved per call: each RPC needs one use case, not all of them.
    private T Use<T>()
        where T : notnull => services.GetRequiredService<T>();
}
