using System.Security.Claims;
using SpecialtyTowns.Gateway.Web.Matching;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.ServiceDefaults.Security;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class MatchingInputTests
{
    private static readonly Guid Item = Guid.NewGuid();
    private static readonly string Town = Guid.NewGuid().ToString();
    private static readonly string Enterprise = Guid.NewGuid().ToString();

    [Theory]
    [InlineData("save", "project")]
    [InlineData("unsave", "gap")]
    [InlineData("not-interested", "town")]
    [InlineData("express-interest", "investor")]
    [InlineData("clear", "project")]
    public void Parse_WhenTheValueIsOneAButtonSends_NamesActionKindAndItem(string action, string kind)
    {
        var value = FeedbackPress.ValueFor(action, kind, Item.ToString());

        var press = FeedbackPress.Parse(value);

        Assert.Equal(new FeedbackPress(action, kind, Item), press);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("save:project")]
    [InlineData("delete:project:1b4e28ba-2fa1-11d2-883f-0016d3cca427")]
    [InlineData("save:lead:1b4e28ba-2fa1-11d2-883f-0016d3cca427")]
    [InlineData("save:project:not-a-guid")]
    [InlineData("save:project:1b4e28ba-2fa1-11d2-883f-0016d3cca427:x")]
    public void Parse_WhenTheValueIsNotOneAButtonSends_IsNull(string? value)
    {
        var press = FeedbackPress.Parse(value);

        Assert.Null(press);
    }

    [Fact]
    public void KeepInPlace_WhenTheActedItemLeftTheList_PutsItBackWhereItWas()
    {
        string[] before = ["a", "b", "c"];
        string[] after = ["a", "c", "d"];

        var kept = ActedItems.KeepInPlace(before, after, s => s, "b");

        Assert.Equal(["a", "b", "c", "d"], kept);
    }

    [Fact]
    public void KeepInPlace_WhenTheActedItemIsStillListedOrWasNeverThere_IsTheFreshList()
    {
        string[] after = ["a", "b"];

        var (still, unknown) = (ActedItems.KeepInPlace(["b", "a"], after, s => s, "b"), ActedItems.KeepInPlace(["x"], after, s => s, "z"));

        Assert.Same(after, still);
        Assert.Same(after, unknown);
    }

    [Fact]
    public void For_WhenInterestWasExpressed_ShowsTheLeadAtTheItemAndLeavesItOutOfTheExistingLeads()
    {
        var press = new FeedbackPress(FeedbackPress.ExpressInterest, "project", Item);

        var outcome = FeedbackOutcome.For(press, new FeedbackResult { LeadId = "lead-1" }, "done");
        var apart = FeedbackOutcome.Apart([new ExistingLead { Id = Item.ToString(), LeadId = "lead-1" }, new ExistingLead { Id = "other", LeadId = "lead-0" }], outcome);

        Assert.Equal("lead-1", outcome.LeadFor(Item.ToString()));
        Assert.Null(outcome.LeadFor("other"));
        Assert.Null(outcome.Undo);
        Assert.Equal(["other"], apart.Select(l => l.Id));
    }

    [Fact]
    public void For_WhenMarkedNotInterested_OffersTheClearingUndoAndNoLead()
    {
        var press = new FeedbackPress(FeedbackPress.NotInterested, "gap", Item);

        var outcome = FeedbackOutcome.For(press, new FeedbackResult { NotInterested = true }, "done");

        Assert.Equal($"clear:gap:{Item}", outcome.Undo);
        Assert.Null(outcome.LeadFor(Item.ToString()));
        Assert.Null(outcome.ActedId);
    }

    [Theory]
    [InlineData("project")]
    [InlineData("gap")]
    [InlineData("town")]
    public void Feedback_WhenATownActsOnAnOrganisation_NamesExactlyTheOfferItWasRecommendedFor(string kind)
    {
        var offer = new MatchOffer(kind, Guid.NewGuid());
        var press = new FeedbackPress(FeedbackPress.ExpressInterest, "investor", Item);

        var (list, feedback) = (offer.ListRequest(20), offer.Feedback(press, "r1", "你好", "i1"));

        string[] named = [feedback.ProjectId, feedback.GapId, feedback.TownId];
        string[] listed = [list.ProjectId, list.GapId, list.TownId];
        Assert.Equal([offer.Id.ToString()], named.Where(id => id.Length > 0));
        Assert.Equal(named, listed);
        Assert.Equal(("investor", Item.ToString(), "express-interest", "你好", "r1", "i1"), (feedback.Kind, feedback.ItemId, feedback.Action, feedback.Message, feedback.RequestId, feedback.ImpressionId));
    }

    public static TheoryData<string, string?, string?, string, bool> Viewers() => new()
    {
        // role, the user's town, the user's enterprise, the offer's enterprise ("" = the town's own), sees the panel
        { "admin", null, null, "", true },
        { "town", Town, null, "", true },
        { "town", Town, null, Enterprise, true },
        { "town", Guid.NewGuid().ToString(), null, "", false },
        { "enterprise", Town, Enterprise, Enterprise, true },
        { "enterprise", Town, Enterprise, "", false },
        { "enterprise", Town, Guid.NewGuid().ToString(), Enterprise, false },
        { "investor", null, null, "", false },
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public void SeesInvestorsFor_WhenTheUserIsOrIsNotTheOffersTownOrEnterprise_OffersThePanelOnlyToThemAndAdmins(string role, string? town, string? enterprise, string offerEnterprise, bool expected)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, role), .. Claims(ClaimNames.TownId, town), .. Claims(ClaimNames.EnterpriseId, enterprise)], "test", ClaimTypes.Name, ClaimTypes.Role));

        var sees = MatchViewer.SeesInvestorsFor(user, Town, offerEnterprise);

        Assert.Equal(expected, sees);
    }

    private static Claim[] Claims(string type, string? value) => value is null ? [] : [new Claim(type, value)];
}
