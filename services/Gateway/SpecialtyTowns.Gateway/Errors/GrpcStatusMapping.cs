using Grpc.Core;

namespace SpecialtyTowns.Gateway.Errors;

/// <summary>
/// The one, stable mapping from gRPC status codes to HTTP statuses (Google's HTTP mapping,
/// except that a refused business rule is a 409 so clients can tell it from bad input, and an edit
/// made on an older version than the stored one is a 412, as for a failed If-Match).
/// </summary>
public static class GrpcStatusMapping
{
    /// <summary>The services' rule (ErrorInfo reason) for an <c>expected_version</c> that is no longer current.</summary>
    public const string StaleVersionRule = "stale-version";

    /// <summary>The HTTP status of a failure, given the rule the service named (its ErrorInfo reason), if any.</summary>
    public static int ToHttpStatus(StatusCode code, string? rule) =>
        code == StatusCode.FailedPrecondition && rule == StaleVersionRule ? StatusCodes.Status412PreconditionFailed : ToHttpStatus(code);

    public static int ToHttpStatus(StatusCode code) => code switch
    {
        StatusCode.OK => StatusCodes.Status200OK,
        StatusCode.InvalidArgument or StatusCode.OutOfRange => StatusCodes.Status400BadRequest,
        StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
        StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
        StatusCode.NotFound => StatusCodes.Status404NotFound,
        StatusCode.AlreadyExists or StatusCode.Aborted or StatusCode.FailedPrecondition => StatusCodes.Status409Conflict,
        StatusCode.ResourceExhausted => StatusCodes.Status429TooManyRequests,
        StatusCode.Cancelled => 499,
        StatusCode.Unimplemented => StatusCodes.Status501NotImplemented,
        StatusCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        StatusCode.DeadlineExceeded => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status500InternalServerError,
    };
}
