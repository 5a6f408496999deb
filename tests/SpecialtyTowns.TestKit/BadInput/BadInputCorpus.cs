namespace SpecialtyTowns.TestKit.BadInput;

/// <summary>
/// Generates the bad-input corpus of one route from its OpenAPI description and a request the
/// route accepts: every body property (recursively, into array items and nested objects) gets
/// the wrong JSON types, null, and what its kind invites (control characters, lone surrogates,
/// bidi overrides, invalid UTF-8, oversized text, malformed ids and dates, unknown enum values,
/// out-of-range numbers); every path parameter malformed and unknown ids; every query parameter
/// the same string and number cases; every body the shape cases (empty, <c>[]</c>, <c>null</c>,
/// truncated, deeply nested, oversized, wrong content type); every URL one that is too long.
/// </summary>
public static class BadInputCorpus
{
    /// <summary>The gateway's request body limit; the oversized-body case goes beyond it unless the route documents a larger one.</summary>
    public const int BodyLimitBytes = 256 * 1024;

    /// <summary>Kestrel's request line limit; the oversized-URL case goes beyond it.</summary>
    public const int RequestLineLimitBytes = 8 * 1024;

    /// <summary>
    /// The cases of one route, refusals first (cases that may be accepted, such as null for an
    /// optional field, change the resource and come last). Every case's marker starts with
    /// <paramref name="markerPrefix"/> and is unique within the route.
    /// </summary>
    public static IReadOnlyList<BadInputCase> For(OpenApiRoute route, BadInputBaseline baseline, string markerPrefix, int bodyLimitBytes = BodyLimitBytes)
    {
        var builder = new CorpusBuilder(route, baseline, markerPrefix, bodyLimitBytes);
        builder.AddPathParameterCases();
        builder.AddQueryParameterCases();
        builder.AddBodyCases();
        builder.AddUrlCases();
        return builder.Cases.Where(c => c.MustBeRefused).Concat(builder.Cases.Where(c => !c.MustBeRefused)).ToList();
    }
}
