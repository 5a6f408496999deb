using Google.Rpc;
using Grpc.Core;

namespace SpecialtyTowns.Gateway.Errors;

/// <summary>Collects gateway-side field errors (what the gateway must parse before calling a service).</summary>
public sealed class RequestProblems
{
    /// <summary>The title of every 400 the gateway writes itself.</summary>
    public const string Title = "The request is invalid";

    private readonly Dictionary<string, string[]> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    /// <summary>The messages by field, in the order they were found (as the answer lists them).</summary>
    public IReadOnlyDictionary<string, string[]> Errors => _errors;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public IResult ToResult() => Results.ValidationProblem(_errors, title: Title);

    /// <summary>
    /// Makes the service call; when the gateway already found problems, the request must carry a value the
    /// service refuses in place of each field the gateway could not map (so nothing is stored), and the
    /// service's violations of the other fields join the gateway's: one answer names every problem.
    /// Returns null when the answer is <see cref="ToResult"/>.
    /// </summary>
    public async Task<T?> CallAsync<T>(Func<Task<T>> call, RestFieldNames? route = null)
        where T : class
    {
        if (!HasErrors)
        {
            return await call();
        }

        try
        {
            await call();
        }
        catch (RpcException rpc) when (rpc.StatusCode == StatusCode.InvalidArgument)
        {
            var violations = rpc.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? [];
            foreach (var group in violations.GroupBy(v => FieldNames.ToJson(v.Field, route)).Where(g => !_errors.ContainsKey(g.Key)))
            {
                _errors[group.Key] = group.Select(v => v.Description).ToArray();
            }

            return null;
        }
        catch (RpcException)
        {
            // Any other refusal (not allowed, not found): the gateway's own problems are the answer.
            return null;
        }

        throw new InvalidOperationException("The service accepted a request the gateway found invalid");
    }
}
