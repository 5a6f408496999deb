using System.Text.RegularExpressions;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Localization;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Gateway.Web.Localization;

namespace SpecialtyTowns.Gateway.Web.Forms;

/// <summary>
/// What a page shows when the services refuse: the API's field errors at their fields (named as
/// in the REST API's JSON), and one general message otherwise. Messages are the services' own,
/// put into the page's language where ProblemText knows them.
/// </summary>
public sealed partial class PageProblems(IStringLocalizer<CommonText> common, IStringLocalizer<ProblemText> problems)
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.OrdinalIgnoreCase);

    public bool HasErrors => _fields.Count > 0 || General is not null;

    /// <summary>A message about the whole request (forbidden, not found, conflict, service down).</summary>
    public string? General { get; private set; }

    public StatusCode? Status { get; private set; }

    /// <summary>The business rule a FailedPrecondition names (ErrorInfo.reason, e.g. "stale-version").</summary>
    public string? Rule { get; private set; }

    public IReadOnlyDictionary<string, List<string>> Fields => _fields;

    public IReadOnlyList<string> For(string field) => _fields.TryGetValue(field, out var messages) ? messages : [];

    /// <summary>The ids an input's aria-describedby names: its hint, and its error block when it has errors.</summary>
    public string? DescribedBy(string field, string? hint = null)
    {
        var ids = new[] { hint, For(field).Count > 0 ? Components.Shared.FieldError.Id(field) : null }.Where(id => id is not null);
        var joined = string.Join(' ', ids);
        return joined.Length == 0 ? null : joined;
    }

    public void Add(string field, string message)
    {
        if (!_fields.TryGetValue(field, out var messages))
        {
            _fields[field] = messages = [];
        }

        messages.Add(Localize(message));
    }

    public void SetGeneral(string message) => General = message;

    public void Clear()
    {
        _fields.Clear();
        General = null;
        Status = null;
        Rule = null;
    }

    /// <summary>Runs a service call; a refusal becomes field or general messages and the answer is null.</summary>
    public async Task<T?> CallAsync<T>(Func<Task<T>> call, RestFieldNames? route = null)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (RpcException rpc)
        {
            Take(rpc, route);
            return null;
        }
    }

    public void Take(RpcException rpc, RestFieldNames? route = null)
    {
        Status = rpc.StatusCode;
        Rule = rpc.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;
        if (rpc.GetRpcStatus()?.GetDetail<BadRequest>() is { } badRequest && badRequest.FieldViolations.Count > 0)
        {
            foreach (var violation in badRequest.FieldViolations)
            {
                Add(FieldNames.ToJson(violation.Field, route), violation.Description);
            }

            General = common["Form.Invalid"];
            return;
        }

        // A uniqueness refusal may name its field ("profile.name: the town has ... already"): shown at that field.
        if (rpc.StatusCode == StatusCode.AlreadyExists && FieldDetail().Match(rpc.Status.Detail) is { Success: true } named)
        {
            Add(FieldNames.ToJson(named.Groups["field"].Value, route), named.Groups["message"].Value);
            General = common["Form.Invalid"];
            return;
        }

        General = rpc.StatusCode switch
        {
            StatusCode.PermissionDenied or StatusCode.Unauthenticated => common["Denied.Body"],
            StatusCode.NotFound => common["NotFound.Body"],
            StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown => common["Error.ServiceUnavailable"],
            _ => Localize(rpc.Status.Detail),
        };
    }

    /// <summary>
    /// The service's English message in the page's language: numbers become {0}, {1}... and the
    /// template is looked up in ProblemText; an unknown message is shown as the service gave it.
    /// </summary>
    public string Localize(string message)
    {
        // English too: ProblemText.en rephrases what speaks the services' internals (a field in fen, say).
        if (string.IsNullOrEmpty(message))
        {
            return message;
        }

        // Numbers become {0}, {1}...; failing that, quoted single characters too ("calls for 'K'"), so one
        // template covers every character a message may name.
        var numbers = new List<object>();
        var localized = problems[Template(message, Number(), numbers)];
        if (localized.ResourceNotFound)
        {
            numbers.Clear();
            localized = problems[Template(message, NumberOrQuotedCharacter(), numbers)];
        }

        if (localized.ResourceNotFound)
        {
            return message;
        }

        try
        {
            return string.Format(System.Globalization.CultureInfo.CurrentCulture, localized.Value, [.. numbers]);
        }
        catch (FormatException)
        {
            return message;
        }
    }

    private static string Template(string message, Regex parameters, List<object> values) => parameters.Replace(message, match =>
    {
        values.Add(match.Value);
        return "{" + (values.Count - 1) + "}";
    });

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<=')[^'](?=')|\d+(\.\d+)?")]
    private static partial Regex NumberOrQuotedCharacter();

    [GeneratedRegex(@"^(?<field>[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*|\[\d+\])*): (?<message>.+)$", RegexOptions.Singleline)]
    private static partial Regex FieldDetail();
}
