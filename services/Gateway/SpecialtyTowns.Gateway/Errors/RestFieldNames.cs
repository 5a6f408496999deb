namespace SpecialtyTowns.Gateway.Errors;

/// <summary>
/// Endpoint metadata: where a route's REST shape names a field differently from the proto request it
/// becomes (<c>text</c> is the query's <c>q</c>), keyed by the camel-cased proto path.
/// </summary>
public sealed record RestFieldNames(IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The search routes' query string: <c>q</c>, and paging flattened into it.</summary>
    public static readonly RestFieldNames Search = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["text"] = "q",
        ["page.pageSize"] = "pageSize",
        ["page.page"] = "page",
        ["page.pageToken"] = "page",
    });

    /// <summary>List routes whose query string carries <c>pageSize</c> and <c>pageToken</c> flat.</summary>
    public static readonly RestFieldNames Paging = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["page.pageSize"] = "pageSize",
        ["page.pageToken"] = "pageToken",
    });

    /// <summary>A chain gap's body: projects call their industry <c>industry</c>, gaps keep the proto's <c>industryCode</c>.</summary>
    public static readonly RestFieldNames ChainGap = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["content.industryCode"] = "industryCode",
    });
}
