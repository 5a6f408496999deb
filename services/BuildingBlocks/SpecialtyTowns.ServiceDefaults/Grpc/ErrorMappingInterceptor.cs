using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpecialtyTowns.ServiceDefaults.Errors;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.ServiceDefaults.Grpc;

/// <summary>
/// Turns validation and domain failures thrown by handlers into canonical status codes, so
/// that handlers throw meaningfully and clients never see Unknown for a known failure.
/// </summary>
public sealed class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (Map(exception, context.Method) is { } mapped)
        {
            throw mapped;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (Map(exception, context.Method) is { } mapped)
        {
            throw mapped;
        }
    }

    private RpcException? Map(Exception exception, string method)
    {
        switch (exception)
        {
            case RpcException:
                return null;
            case RequestValidationException validation:
                logger.LogInformation("Rejected invalid {Method}: {Violations}", method, validation.Message);
                return RpcErrors.InvalidArgument(validation.Violations);
            case InvalidValueException invalid:
                logger.LogInformation("Rejected implausible {Field} in {Method}", invalid.Field, method);
                return RpcErrors.InvalidArgument([new FieldViolation(invalid.Field, invalid.Description)]);
            case ForbiddenException forbidden:
                return RpcErrors.Plain(StatusCode.PermissionDenied, forbidden.Message);
            case NotFoundException notFound:
                return RpcErrors.Plain(StatusCode.NotFound, notFound.Message);
            case BusinessRuleException rule:
                logger.LogInformation("Rule {Rule} refused {Method}", rule.Rule, method);
                return RpcErrors.FailedPrecondition(rule.Rule, rule.Message, rule.Fields, rule.Metadata);
            case ConflictException conflict:
                return RpcErrors.Plain(StatusCode.AlreadyExists, conflict.Message);
            case DbUpdateConcurrencyException:
                // Someone else changed the same row between this call's read and its save: the same answer as any conflict.
                logger.LogInformation("Concurrent change refused {Method}", method);
                return RpcErrors.Plain(StatusCode.AlreadyExists, "The resource was changed by someone else at the same time; load it again and retry");
            case Exception when PostgresErrors.IsUniqueViolation(exception):
                logger.LogInformation("Unique constraint {Constraint} refused {Method}", PostgresErrors.ConstraintName(exception), method);
                return RpcErrors.Plain(StatusCode.AlreadyExists, "A resource with the same identity already exists");
            case OperationCanceledException:
                return RpcErrors.Plain(StatusCode.Cancelled, "The call was cancelled");
            default:
                logger.LogError(exception, "Unhandled failure in {Method}", method);
                return RpcErrors.Plain(StatusCode.Internal, "Internal error");
        }
    }
}
