using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Localization;
using SpecialtyTowns.Gateway.Web.Forms;
using SpecialtyTowns.Gateway.Web.Localization;
using SpecialtyTowns.ServiceDefaults.Grpc;

namespace SpecialtyTowns.Gateway.Web.Pipeline;

/// <summary>
/// A lead call's refusal as the pipeline pages show it: the missing fields of a refused move at their inputs (and
/// named together at the top), a stale version as "someone else changed it", the rest as any page shows it.
/// </summary>
public static class LeadRefusals
{
    public const string StaleVersion = "stale-version";

    public const string MissingFieldsRule = "lead-stage-required-fields";

    public const string DuplicateRule = "lead-duplicate";

    /// <summary>The refused duplicate's existing lead (ErrorInfo metadata), kept in the page's problems under this name.</summary>
    public const string ExistingLeadField = "existingLeadId";

    /// <summary>Runs the call; a refusal lands in <paramref name="problems"/> and the answer is null.</summary>
    public static async Task<T?> CallAsync<T>(PageProblems problems, IStringLocalizer<PipelineText> text, Func<Task<T>> call)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        catch (RpcException rpc)
        {
            Take(problems, text, rpc);
            return null;
        }
    }

    public static bool IsStale(PageProblems problems) => problems?.Rule == StaleVersion;

    /// <summary>The fields a refused move lacks: one PreconditionFailure violation per field, its subject the field name.</summary>
    public static IReadOnlyList<string> MissingFields(RpcException rpc)
    {
        ArgumentNullException.ThrowIfNull(rpc);
        var failure = rpc.GetRpcStatus()?.GetDetail<PreconditionFailure>();
        return failure is null
            ? []
            : [.. failure.Violations.Where(v => v.Type == RpcErrors.MissingFieldType && v.Subject.Length > 0).Select(v => v.Subject).Distinct(StringComparer.Ordinal)];
    }

    private static void Take(PageProblems problems, IStringLocalizer<PipelineText> text, RpcException rpc)
    {
        problems.Take(rpc);

        // The service names a move's fields under "fields." (its request's message); the form's inputs carry the bare names.
        foreach (var (key, messages) in problems.Fields.Where(f => f.Key.StartsWith("fields.", StringComparison.Ordinal)).ToList())
        {
            foreach (var message in messages)
            {
                problems.Add(key["fields.".Length..], message);
            }
        }

        if (IsStale(problems))
        {
            problems.SetGeneral(text["Refused.Stale"]);
            return;
        }

        if (problems.Rule == DuplicateRule)
        {
            problems.SetGeneral(text["Refused.Duplicate"]);
            if (rpc.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Metadata.GetValueOrDefault(ExistingLeadField) is { } existing && Guid.TryParse(existing, out _))
            {
                problems.Add(ExistingLeadField, existing);
            }

            return;
        }

        var missing = MissingFields(rpc);
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var field in missing)
        {
            problems.Add(StageFieldsInput.ErrorKey(field), text["Refused.Required"]);
        }

        problems.SetGeneral(text["Refused.MissingFields", string.Join(text["List.Separator"], missing.Select(f => text["Field." + f].Value))]);
    }
}
