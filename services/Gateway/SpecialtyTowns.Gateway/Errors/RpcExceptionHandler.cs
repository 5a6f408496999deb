using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SpecialtyTowns.ServiceDefaults.Grpc;

namespace SpecialtyTowns.Gateway.Errors;

/// <summary>Answers a failed service call with ProblemDetails that keep the service's meaning.</summary>
public sealed class RpcExceptionHandler(IProblemDetailsService problems, ILogger<RpcExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not RpcException rpc)
        {
            return false;
        }

        var info = rpc.GetRpcStatus()?.GetDetail<ErrorInfo>();
        var status = GrpcStatusMapping.ToHttpStatus(rpc.StatusCode, info?.Reason);
        ProblemDetails problem;
        var badRequest = rpc.GetRpcStatus()?.GetDetail<BadRequest>();
        if (badRequest is not null)
        {
            // The exception handler clears the endpoint before it runs; the feature keeps the one that failed.
            var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
            var route = endpoint?.Metadata.GetMetadata<RestFieldNames>();
            var errors = badRequest.FieldViolations
                .GroupBy(v => FieldNames.ToJson(v.Field, route))
                .ToDictionary(g => g.Key, g => g.Select(v => v.Description).ToArray());
            problem = new ValidationProblemDetails(errors) { Title = RequestProblems.Title };
        }
        else
        {
            problem = new ProblemDetails
            {
                Title = status >= 500 ? "A service failed" : rpc.Status.Detail,
                Detail = status >= 500 ? null : rpc.Status.Detail,
            };
        }

        if (status >= 500)
        {
            logger.LogWarning("Service call failed with {GrpcStatus}: {Detail}", rpc.StatusCode, rpc.Status.Detail);
        }

        problem.Status = status;
        problem.Extensions["grpcStatus"] = rpc.StatusCode.ToString();
        if (info is not null)
        {
            problem.Extensions["rule"] = info.Reason;

            // What the client needs to act on the refusal (existingLeadId of a duplicate), already camelCase.
            foreach (var (key, value) in info.Metadata)
            {
                problem.Extensions[key] = value;
            }
        }

        // The fields a rule needs and did not get (a stage's required fields), in the names the client sends.
        var missing = rpc.GetRpcStatus()?.GetDetail<PreconditionFailure>()?.Violations.Where(v => v.Type == RpcErrors.MissingFieldType).ToList();
        if (missing is { Count: > 0 })
        {
            var route = (httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint())?.Metadata.GetMetadata<RestFieldNames>();
            problem.Extensions["missingFields"] = missing.Select(v => FieldNames.ToJson(v.Subject, route)).ToArray();
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
