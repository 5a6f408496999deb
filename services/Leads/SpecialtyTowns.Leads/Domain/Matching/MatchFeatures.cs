namespace SpecialtyTowns.Leads.Domain.Matching;

/// <summary>
/// The named features a one-way score is built from (each 0-1 for a pair); the keys are stable: they
/// name configuration weights (Matching:InvestorWeights:industry...), reasons and events.
/// </summary>
public static class MatchFeatures
{
    /// <summary>The offer's industry is one the organisation seeks (its section: half).</summary>
    public const string Industry = "industry";

    /// <summary>The organisation's chain positions sought include the gap's node position.</summary>
    public const string ChainPosition = "chain-position";

    /// <summary>The organisation's ticket lies within (overlaps) the project's amount range.</summary>
    public const string Ticket = "ticket";

    /// <summary>The offer's town lies in a region the organisation prefers.</summary>
    public const string Region = "region";

    /// <summary>A cooperation mode both accept.</summary>
    public const string Cooperation = "cooperation";

    /// <summary>The project's land available covers the land the organisation needs.</summary>
    public const string Land = "land";

    /// <summary>The two can talk without an interpreter (Chinese, or English with English material).</summary>
    public const string Language = "language";

    /// <summary>Text similarity of the organisation's keywords and description with the offer's title and description.</summary>
    public const string Text = "text";

    /// <summary>How complete the organisation's profile is (a town prefers investors it can assess).</summary>
    public const string Completeness = "completeness";

    public static readonly IReadOnlyList<string> All = [Industry, ChainPosition, Ticket, Region, Cooperation, Land, Language, Text, Completeness];
}
