using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.UnitTests.Domain;

public sealed class LeadPipelineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    // The table as docs/leads.md states it, written out independently of LeadPipeline.
    private static readonly HashSet<(string From, string To)> Documented =
    [
        ("lead", "contacted"), ("lead", "site-visit"), ("lead", "negotiating"), ("lead", "lost"),
        ("contacted", "site-visit"), ("contacted", "negotiating"), ("contacted", "lost"),
        ("site-visit", "negotiating"), ("site-visit", "signed"), ("site-visit", "lost"),
        ("negotiating", "signed"), ("negotiating", "site-visit"), ("negotiating", "lost"),
        ("signed", "registered"), ("signed", "construction-started"), ("signed", "lost"),
        ("registered", "construction-started"), ("registered", "lost"),
        ("construction-started", "in-production"), ("construction-started", "lost"),
    ];

    public static TheoryData<string, string> EveryPair()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in LeadStageKeys.All)
        {
            foreach (var to in LeadStageKeys.All)
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void MoveTo_ForEveryPairOfStages_FollowsTheDocumentedTable(string from, string to)
    {
        LeadStageKeys.TryParse(from, out var fromStage);
        LeadStageKeys.TryParse(to, out var toStage);
        var lead = LeadAt(fromStage);

        var refusal = Record.Exception(() => lead.MoveTo(toStage, Complete(), "town", Now));

        if (Documented.Contains((from, to)))
        {
            Assert.Null(refusal);
            Assert.Equal(toStage, lead.Stage);
        }
        else
        {
            var rule = Assert.IsType<BusinessRuleException>(refusal);
            Assert.Equal(LeadPipeline.TransitionRule, rule.Rule);
            Assert.Equal(fromStage, lead.Stage);
        }
    }

    [Theory]
    [InlineData("lead", "next_action,next_action_due")]
    [InlineData("contacted", "next_action,next_action_due")]
    [InlineData("site-visit", "visit_on,next_action,next_action_due")]
    [InlineData("negotiating", "expected_amount_fen,next_action,next_action_due")]
    [InlineData("signed", "amount_fen,signed_on,contract_reference,planned_start_on,next_action,next_action_due")]
    [InlineData("registered", "registered_company,registered_on,next_action,next_action_due")]
    [InlineData("construction-started", "construction_started_on,next_action,next_action_due")]
    [InlineData("in-production", "production_started_on")]
    [InlineData("lost", "lost_reason")]
    public void StageRequirements_WhenNothingIsGiven_NamesEveryRequiredField(string stage, string fields)
    {
        LeadStageKeys.TryParse(stage, out var target);

        var refusal = Assert.Throws<BusinessRuleException>(() => StageRequirements.EnsureComplete(target, new StageFields()));

        Assert.Equal(StageRequirements.Rule, refusal.Rule);
        Assert.Equal(fields.Split(','), refusal.Fields);
    }

    [Fact]
    public void MoveTo_WhenLostThenReopened_ReturnsToTheStageItWasLostFromWithTheHistoryKept()
    {
        var lead = LeadAt(LeadStage.SiteVisit);

        lead.MoveTo(LeadStage.Lost, new StageFields { LostReason = "no-budget" }, "town", Now);
        lead.Reopen(Complete(), "town", Now.AddDays(1));

        Assert.Equal(LeadStage.SiteVisit, lead.Stage);
        Assert.Null(lead.LostReason);
        Assert.NotNull(lead.OpenKey);
        Assert.Equal([null, LeadStage.Lead, LeadStage.SiteVisit, LeadStage.Lost], lead.History.Select(h => h.From));
        Assert.Equal(Enumerable.Range(1, 4), lead.History.Select(h => h.Sequence));
    }

    [Fact]
    public void Reopen_WhenLostAfterSigning_ReturnsToNegotiating()
    {
        var lead = LeadAt(LeadStage.Signed);

        lead.MoveTo(LeadStage.Lost, new StageFields { LostReason = "project-cancelled" }, "town", Now);
        lead.Reopen(Complete(), "town", Now);

        Assert.Equal(LeadStage.Negotiating, lead.Stage);
    }

    [Fact]
    public void Reopen_WhenNotLost_IsRefused()
    {
        var lead = LeadAt(LeadStage.Contacted);

        var refusal = Assert.Throws<BusinessRuleException>(() => lead.Reopen(Complete(), "town", Now));

        Assert.Equal(LeadPipeline.TransitionRule, refusal.Rule);
    }

    [Fact]
    public void MoveTo_WhenLost_ClosesTheOpenKeySoANewLeadMayBeOpened()
    {
        var lead = LeadAt(LeadStage.Lead);

        lead.MoveTo(LeadStage.Lost, new StageFields { LostReason = "no-response" }, "town", Now);

        Assert.Null(lead.OpenKey);
        Assert.Equal(LeadStage.Lead, lead.LostFrom);
    }

    [Fact]
    public void MoveTo_AfterSigning_KeepsTheContractAmountWhateverTheMoveCarries()
    {
        var lead = LeadAt(LeadStage.Signed);

        lead.MoveTo(LeadStage.Registered, Complete() with { ExpectedAmountFen = 999, AmountFen = 999 }, "town", Now);

        Assert.Equal(100, lead.ExpectedAmountFen);
    }

    [Fact]
    public void Update_WhenSignedAndTheAmountChanges_IsRefusedNamingTheField()
    {
        var lead = LeadAt(LeadStage.Signed);

        var refusal = Assert.Throws<BusinessRuleException>(() => lead.Update(new LeadWorkingFields(null, null, null, null, 5_000), Now));

        Assert.Equal(Lead.SignedAmountRule, refusal.Rule);
        Assert.Equal(["expected_amount_fen"], refusal.Fields);
        Assert.Equal(100, lead.ExpectedAmountFen);
    }

    /// <summary>A lead brought to <paramref name="stage"/> along the shortest documented path.</summary>
    private static Lead LeadAt(LeadStage stage)
    {
        var lead = Lead.Create(new LeadDraft(Guid.NewGuid(), Guid.NewGuid(), null, null, LeadSource.Inbound, null, null, null, "想投资", null, "联系", new DateOnly(2026, 12, 3)), "investor", Now);
        LeadStage[] path = stage switch
        {
            LeadStage.Lead => [],
            LeadStage.Contacted => [LeadStage.Contacted],
            LeadStage.SiteVisit => [LeadStage.SiteVisit],
            LeadStage.Negotiating => [LeadStage.Negotiating],
            LeadStage.Signed => [LeadStage.SiteVisit, LeadStage.Signed],
            LeadStage.Registered => [LeadStage.SiteVisit, LeadStage.Signed, LeadStage.Registered],
            LeadStage.ConstructionStarted => [LeadStage.SiteVisit, LeadStage.Signed, LeadStage.ConstructionStarted],
            LeadStage.InProduction => [LeadStage.SiteVisit, LeadStage.Signed, LeadStage.ConstructionStarted, LeadStage.InProduction],
            _ => [LeadStage.Lost],
        };
        foreach (var next in path)
        {
            lead.MoveTo(next, Complete(), "town", Now);
        }

        return lead;
    }

    private static StageFields Complete() => new()
    {
        NextAction = "回访",
        NextActionDue = new DateOnly(2026, 12, 10),
        VisitOn = new DateOnly(2026, 12, 5),
        ExpectedAmountFen = 100,
        AmountFen = 100,
        SignedOn = new DateOnly(2026, 11, 30),
        ContractReference = "HT-1",
        PlannedStartOn = new DateOnly(2027, 3, 1),
        RegisteredCompany = "某公司",
        RegisteredOn = new DateOnly(2026, 11, 30),
        ConstructionStartedOn = new DateOnly(2026, 11, 30),
        ProductionStartedOn = new DateOnly(2026, 11, 30),
        LostReason = "no-budget",
    };
}
