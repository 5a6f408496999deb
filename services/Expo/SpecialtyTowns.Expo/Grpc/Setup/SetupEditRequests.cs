using SpecialtyTowns.Expo.Application.Setup;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc.Setup;

/// <summary>Edit and delete requests of halls, tables and interpreters, checked field by field and turned into commands.</summary>
public static class SetupEditRequests
{
    public static EditHallCommand ToCommand(UpdateHallRequest request)
    {
        SetupRequests.Start(request.RequestId, request.EventId)
            .Guid("hall_id", request.HallId)
            .Required("name", request.Name, 100)
            .Optional("name_en", request.NameEn, 200)
            .Must(request.Position is >= 0 and <= 1000, "position", "must be between 0 and 1000")
            .ThrowIfInvalid();
        return new EditHallCommand(request.RequestId, Guid.Parse(request.EventId), Guid.Parse(request.HallId), request.Name, request.NameEn, request.Position);
    }

    public static EditTableCommand ToCommand(UpdateTableRequest request)
    {
        SetupRequests.Start(request.RequestId, request.EventId)
            .Guid("table_id", request.TableId)
            .Guid("hall_id", request.HallId)
            .Required("label", request.Label, 20)
            .Optional("zone", request.Zone, 50)
            .Must(request.Seats is >= SetupLimits.MinSeats and <= SetupLimits.MaxSeats, "seats", $"must be between {SetupLimits.MinSeats} and {SetupLimits.MaxSeats}")
            .ThrowIfInvalid();
        return new EditTableCommand(request.RequestId, Guid.Parse(request.EventId), Guid.Parse(request.TableId), Guid.Parse(request.HallId), request.Label, request.Seats, request.Zone);
    }

    public static EditInterpreterCommand ToCommand(UpdateInterpreterRequest request)
    {
        SetupRequests.Start(request.RequestId, request.EventId)
            .Guid("interpreter_id", request.InterpreterId)
            .Required("name", request.Name, 100)
            .Must(request.Languages.Count >= 1, "languages", "must name at least one language")
            .Items("languages", request.Languages, 10, 10)
            .ThrowIfInvalid();
        return new EditInterpreterCommand(request.RequestId, Guid.Parse(request.EventId), Guid.Parse(request.InterpreterId), request.Name, [.. request.Languages]);
    }

    public static DeleteSetupItemCommand ToCommand(DeleteHallRequest request) => Delete(request.RequestId, request.EventId, "hall_id", request.HallId);

    public static DeleteSetupItemCommand ToCommand(DeleteTableRequest request) => Delete(request.RequestId, request.EventId, "table_id", request.TableId);

    public static DeleteSetupItemCommand ToCommand(DeleteInterpreterRequest request) => Delete(request.RequestId, request.EventId, "interpreter_id", request.InterpreterId);

    private static DeleteSetupItemCommand Delete(string requestId, string eventId, string field, string itemId)
    {
        SetupRequests.Start(requestId, eventId).Guid(field, itemId).ThrowIfInvalid();
        return new DeleteSetupItemCommand(requestId, Guid.Parse(eventId), Guid.Parse(itemId));
    }
}
