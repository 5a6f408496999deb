namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>One matching test's planted pair: the town with its project and account, the investor with its organisation.</summary>
public sealed record MatchingWorld(string TownId, string TownEmail, string ProjectId, string InvestorEmail, string OrganisationId, string OrganisationName, string Keyword);
