using System.Net;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>The recommendation routes' requests: whose list, which offer, whose feedback; Leads learns offers from events, so they are awaited.</summary>
public sealed partial class World
{
    private readonly HashSet<string> _offersKnownToLeads = [];

    /// <summary>An investor's own list needs nothing; an admin names the organisation.</summary>
    public Task<string> RecommendationQueryAsync(string role) =>
        Task.FromResult(role == Actor.Admin ? "?organisationId=" + OrganisationA : string.Empty);

    /// <summary>An enterprise asks for its own gap (or another's); everyone else for a town's project.</summary>
    public async Task<string> InvestorsQueryAsync(string role, bool owned)
    {
        var query = role == Actor.Enterprise ? "?gapId=" + (owned ? EnterpriseGapA : EnterpriseGapB) : "?projectId=" + (owned ? ProjectA : ProjectB);
        await KnownToLeadsAsync(query);
        return query;
    }

    /// <summary>An investor saves a project (any); a town or admin saves the organisation for a project, an enterprise for its gap.</summary>
    public async Task<object?> FeedbackBodyAsync(string role, bool owned)
    {
        if (role == Actor.Investor)
        {
            await KnownToLeadsAsync("?projectId=" + (owned ? ProjectA : ProjectB));
            return new { action = "save", kind = "project", itemId = owned ? ProjectA : ProjectB };
        }

        if (role == Actor.Enterprise)
        {
            var gap = owned ? EnterpriseGapA : EnterpriseGapB;
            await KnownToLeadsAsync("?gapId=" + gap);
            return new { action = "save", kind = "investor", itemId = OrganisationA, gapId = gap, message = "矩阵 matrix" };
        }

        var project = owned ? ProjectA : ProjectB;
        await KnownToLeadsAsync("?projectId=" + project);
        return new { action = "save", kind = "investor", itemId = OrganisationA, projectId = project, message = "矩阵 matrix" };
    }

    private async Task KnownToLeadsAsync(string query)
    {
        if (_offersKnownToLeads.Contains(query))
        {
            return;
        }

        await Eventually.TrueAsync(
            async () =>
            {
                using var response = await fixture.Admin.GetAsync("/api/v1/recommendations/investors" + query);
                return response.StatusCode != HttpStatusCode.NotFound;
            },
            TimeSpan.FromSeconds(30),
            $"the offer {query} in Leads");
        _offersKnownToLeads.Add(query);
    }
}
