namespace SpecialtyTowns.Gateway.Errors;

/// <summary>Collects gateway-side field errors (what the gateway must parse before calling a service).</summary>
public sealed class RequestProblems
{
    private readonly Dictionary<string, string[]> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public IResult ToResult() => Results.ValidationProblem(_errors, title: "The request is invalid");
}
