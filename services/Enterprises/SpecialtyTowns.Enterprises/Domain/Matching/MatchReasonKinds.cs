namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>The features a match is scored on, each a kind of <see cref="MatchReason"/>.</summary>
public static class MatchReasonKinds
{
    /// <summary>A product the enterprise makes matches what the gap seeks.</summary>
    public const string Product = "product";

    /// <summary>A certification or piece of equipment matches the gap's words (often its specification).</summary>
    public const string Capability = "capability";

    /// <summary>A capacity of a matching product, in the gap's unit, covers (part of) the gap's yearly volume.</summary>
    public const string Capacity = "capacity";

    /// <summary>The enterprise works in the gap's industry (division, or only section).</summary>
    public const string Industry = "industry";

    /// <summary>The enterprise's description mentions what the gap seeks.</summary>
    public const string Text = "text";
}
