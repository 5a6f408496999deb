using System.Globalization;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Web.Forms;

namespace SpecialtyTowns.Gateway.Web.Enterprises;

/// <summary>The chain node form as posted (the enterprises at the node come as checkboxes named <see cref="EnterpriseField"/>).</summary>
public sealed class ChainNodeInput
{
    /// <summary>The checkboxes' name: one value per enterprise ticked.</summary>
    public const string EnterpriseField = "enterpriseId";

    public string? RequestId { get; set; }

    /// <summary>Empty when adding a node.</summary>
    public string? Id { get; set; }

    public int ExpectedVersion { get; set; }

    public string? Chain { get; set; }

    public string? ChainEn { get; set; }

    public string? Position { get; set; }

    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? Products { get; set; }

    public string? Status { get; set; }

    /// <summary>Null when bound from a post (the checkboxes are read from the form by their own name).</summary>
    public List<string>? EnterpriseIds { get; set; } = [];

    public string? Evidence { get; set; }

    public string? SortOrder { get; set; }

    public static ChainNodeInput New(string? chain = null, string? chainEn = null) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Chain = chain,
        ChainEn = chainEn,
        Position = "midstream",
        Status = "complete",
    };

    public static ChainNodeInput From(ChainNode node) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Id = node.Id,
        ExpectedVersion = node.Version,
        Chain = node.Content.Chain,
        ChainEn = node.Content.ChainEn,
        Position = node.Content.Position,
        Name = node.Content.Name,
        NameEn = node.Content.NameEn,
        Products = string.Join('\n', node.Content.Products),
        Status = node.Content.Status,
        EnterpriseIds = [.. node.Content.EnterpriseIds],
        Evidence = node.Content.Evidence,
        SortOrder = node.Content.SortOrder == 0 ? null : node.Content.SortOrder.ToString(CultureInfo.InvariantCulture),
    };

    // A sort order that is not a whole number goes out as int.MinValue, which the service refuses at sortOrder.
    public SaveChainNodeRequest ToRequest(Guid townId)
    {
        var content = new ChainNodeContent
        {
            Chain = Chain?.Trim() ?? string.Empty,
            ChainEn = ChainEn?.Trim() ?? string.Empty,
            Position = Position ?? string.Empty,
            Name = Name?.Trim() ?? string.Empty,
            NameEn = NameEn?.Trim() ?? string.Empty,
            Status = Status ?? string.Empty,
            Evidence = Evidence?.Trim() ?? string.Empty,
            SortOrder = string.IsNullOrWhiteSpace(SortOrder) ? 0
                : int.TryParse(SortOrder.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var order) ? order : int.MinValue,
        };
        content.Products.AddRange(TownProfileInput.Lines(Products));
        content.EnterpriseIds.AddRange((EnterpriseIds ?? []).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal));
        return new SaveChainNodeRequest
        {
            RequestId = RequestId ?? string.Empty,
            Id = Id ?? string.Empty,
            TownId = townId.ToString(),
            Content = content,
            ExpectedVersion = ExpectedVersion,
        };
    }
}
