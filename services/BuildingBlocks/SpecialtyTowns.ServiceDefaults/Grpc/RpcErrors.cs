using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.ServiceDefaults.Grpc;

/// <summary>Builds canonical gRPC errors with <c>google.rpc</c> details.</summary>
public static class RpcErrors
{
    public static RpcException InvalidArgument(IEnumerable<FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        foreach (var violation in violations)
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation
            {
                Field = violation.Field,
                Description = violation.Description,
            });
        }

        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "The request is invalid: " + string.Join("; ", badRequest.FieldViolations.Select(v => $"{v.Field} {v.Description}")),
            Details = { Any.Pack(badRequest) },
        };
        return status.ToRpcException();
    }

    public static RpcException FailedPrecondition(string rule, string message)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.FailedPrecondition,
            Message = message,
            Details = { Any.Pack(new ErrorInfo { Reason = rule, Domain = "specialtytowns" }) },
        };
        return status.ToRpcException();
    }

    public static RpcException Plain(StatusCode code, string message) => new(new global::Grpc.Core.Status(code, message));
}
