extern alias towns;

using System.Globalization;
using System.Text;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>One project search, sent as the gateway's query string or as Towns' gRPC request.</summary>
internal sealed record BenchQuery(string Text, string? Category, string? Industry, string? AmountBand, int Page, int PageSize)
{
    public string GatewayPathAndQuery()
    {
        var query = new StringBuilder("/api/v1/projects?q=").Append(Uri.EscapeDataString(Text));
        Append(query, "category", Category);
        Append(query, "industry", Industry);
        Append(query, "amountBand", AmountBand);
        return query.Append(CultureInfo.InvariantCulture, $"&page={Page}&pageSize={PageSize}").ToString();
    }

    /// <summary>The same query for the search library itself.</summary>
    public SpecialtyTowns.Search.SearchQuery ToSearchQuery() => new towns::SpecialtyTowns.Towns.Application.Search.TownsSearchQuery
    {
        Kind = towns::SpecialtyTowns.Towns.Application.Search.SearchKinds.Project,
        Text = Text,
        Category = Category,
        Industry = Industry,
        AmountBand = AmountBand,
        Page = Page,
        PageSize = PageSize,
    }.ToSearchQuery();

    /// <summary>What the gateway's /api/v1/projects sends for the same query.</summary>
    public SearchRequest GrpcRequest() => new()
    {
        Kind = "project",
        Text = Text,
        Category = Category ?? string.Empty,
        Industry = Industry ?? string.Empty,
        AmountBand = AmountBand ?? string.Empty,
        Page = Page,
        PageSize = PageSize,
    };

    private static void Append(StringBuilder query, string name, string? value)
    {
        if (value is not null)
        {
            query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
    }
}
