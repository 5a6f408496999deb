using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.ServiceDefaults.Grpc;

/// <summary>Builds canonical gRPC errors with <c>google.rpc</c> details.</summary>
public static class RpcErrors
{
    /// <summary>The PreconditionFailure violation type of a field a rule needs and did not get.</summary>
    public const string MissingFieldType = "missing-field";

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

    /// <summary>The rule as ErrorInfo (with <paramref name="metadata"/>), and one PreconditionFailure violation per missing field (subject = the field).</summary>
    public static RpcException FailedPrecondition(string rule, string message, IReadOnlyList<string>? missingFields = null, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var info = new ErrorInfo { Reason = rule, Domain = "specialtytowns" };
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            info.Metadata[key] = value;
        }

        var status = new Google.Rpc.Status
        {
            Code = (int)Code.FailedPrecondition,
            Message = message,
            Details = { Any.Pack(info) },
        };
        if (missingFields is { Count: > 0 })
        {
            var failure = new PreconditionFailure();
            failure.Violations.AddRange(missingFields.Select(field => new PreconditionFailure.Types.Violation { Type = MissingFieldType, Subject = field, Description = "is required" }));
            status.Details.Add(Any.Pack(failure));
        }

        return status.ToRpcException();
    }

    public static RpcException Plain(StatusCode code, string message) => new(new global::Grpc.Core.Status(code, message));
}
