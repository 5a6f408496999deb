using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>Creating leads on both paths, duplicates, and stage moves with their deal and events, on the real database.</summary>
[Collection(LeadsCollection.Name)]
public sealed class LeadPipelineServiceTests(LeadsHost host)
{
    private readonly LeadsData _data = new(host);

    [Fact]
    public async Task CreateLead_WhenInvestorHasNoOrganisation_FailsInvestorOrganisationRequired()
    {
        var townId = await _data.KnownTownAsync();

        await LeadsData.RefusedAsync("investor-organisation-required", () => _data.Client(TestCaller.Investor()).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "你好" }).ResponseAsync);

        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM leads WHERE town_id = $1", townId));
    }

    [Fact]
    public async Task CreateLead_WhenAnOpenLeadExistsForTheOrganisationTownAndProject_FailsDuplicatePointingToIt()
    {
        var townId = await _data.KnownTownAsync();
        var projectId = await _data.ProjectAsync(townId);
        var (investor, _) = await _data.InvestorAsync();
        var request = new CreateLeadRequest { TownId = townId.ToString(), ProjectId = projectId.ToString(), Message = "想投资这个项目" };
        var first = await _data.Client(investor).CreateLeadAsync(request);

        var refused = await LeadsData.RefusedAsync("lead-duplicate", () => _data.Client(investor).CreateLeadAsync(request).ResponseAsync);

        Assert.Equal(first.Id, refused.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Metadata["existingLeadId"]);
        Assert.Equal(projectId.ToString(), first.ProjectId);
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM leads WHERE town_id = $1", townId));
    }

    [Fact]
    public async Task CreateLead_WhenAnInvestorStatesAnAmountBeyondTheCeiling_FailsInvalidArgumentAndStoresNothing()
    {
        var townId = await _data.KnownTownAsync();
        var (investor, _) = await _data.InvestorAsync();

        await RpcAssert.InvalidArgumentAsync(
            () => _data.Client(investor).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "巨额投资", ExpectedAmountFen = long.MaxValue }).ResponseAsync,
            "expected_amount_fen");

        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM leads WHERE town_id = $1", townId));
    }

    [Fact]
    public async Task CreateLead_WhenTheSameLeadIsCreatedConcurrently_ExactlyOneWins()
    {
        var townId = await _data.KnownTownAsync();
        var (investor, _) = await _data.InvestorAsync();
        var client = _data.Client(investor);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            try
            {
                return (await client.CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "同时提交" })).Id;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
            {
                return "duplicate:" + e.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Metadata["existingLeadId"];
            }
        }));

        var winners = outcomes.Where(o => !o.StartsWith("duplicate:", StringComparison.Ordinal)).ToList();
        Assert.Single(winners);
        Assert.All(outcomes.Except(winners), o => Assert.Equal("duplicate:" + winners[0], o));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM leads WHERE town_id = $1", townId));
        Assert.Equal(1, await host.CountOutboxAsync("LeadCreated", winners[0]));
    }

    [Fact]
    public async Task CreateLead_WhenTheTownNamesAnOrganisationByCreditCodeOrName_MatchesTheExistingOne()
    {
        var townId = await _data.KnownTownAsync();
        var name = "山西双雁测试 " + Guid.NewGuid().ToString("N")[..8];
        var (_, organisationId) = await _data.InvestorAsync(name + "有限公司");
        var town = _data.Client(TestCaller.Town(townId));

        var byName = await town.CreateLeadAsync(TownEntered(townId, "  " + name + "（有限公司）"));

        Assert.Equal(organisationId.ToString(), byName.OrganisationId);
        Assert.Equal("", byName.InvestorId);
        Assert.Equal("referral", byName.Source);
    }

    [Fact]
    public async Task CreateLead_WhenTheTownNamesAnUnknownOrganisation_EntersItUnclaimedOnce()
    {
        var townId = await _data.KnownTownAsync();
        var otherTown = await _data.KnownTownAsync();
        var name = "新来的投资方 " + Guid.NewGuid().ToString("N")[..8];

        var first = await _data.Client(TestCaller.Town(townId)).CreateLeadAsync(TownEntered(townId, name));
        var second = await _data.Client(TestCaller.Town(otherTown)).CreateLeadAsync(TownEntered(otherTown, name + " 公司"));

        Assert.Equal(first.OrganisationId, second.OrganisationId);
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM investor_organisations WHERE id = $1::uuid AND NOT claimed AND entered_by_town_id = $2", first.OrganisationId, townId));
    }

    [Fact]
    public async Task CreateLead_WhenTheTownEntersAnotherTownsLead_FailsPermissionDenied()
    {
        var townId = await _data.KnownTownAsync();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Client(TestCaller.Town(Guid.NewGuid())).CreateLeadAsync(TownEntered(townId, "某公司")).ResponseAsync);
    }

    [Fact]
    public async Task CreateLead_WhenTheTownLeavesOutTheNextAction_Fails409NamingTheMissingFields()
    {
        var townId = await _data.KnownTownAsync();
        var request = TownEntered(townId, "某公司 " + Guid.NewGuid().ToString("N")[..6]);
        request.NextAction = "";
        request.NextActionDue = "";

        var refused = await LeadsData.RefusedAsync("lead-stage-required-fields", () => _data.Client(TestCaller.Town(townId)).CreateLeadAsync(request).ResponseAsync);

        Assert.Equal(["next_action", "next_action_due"], MissingFields(refused));
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM leads WHERE town_id = $1", townId));
    }

    [Fact]
    public async Task CreateLead_WhenTheProjectIsAnotherTowns_FailsProjectOfTown()
    {
        var townId = await _data.KnownTownAsync();
        var otherProject = await _data.ProjectAsync(Guid.NewGuid());
        var (investor, _) = await _data.InvestorAsync();

        await LeadsData.RefusedAsync("lead-project-of-town", () => _data.Client(investor).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), ProjectId = otherProject.ToString(), Message = "你好" }).ResponseAsync);
    }

    [Fact]
    public async Task MoveLeadStage_WhenRequiredFieldsAreMissing_Fails409NamingEveryOneAndStoresNothing()
    {
        var (_, _, lead) = await _data.LeadAsync();
        lead = await _data.MoveAsync(lead, "site-visit", LeadsData.Complete());

        var refused = await LeadsData.RefusedAsync("lead-stage-required-fields", () => _data.MoveAsync(lead, "signed", new StageFields { AmountFen = 100, HasAmount = true }));

        Assert.Equal(["contract_reference", "next_action", "next_action_due", "planned_start_on", "signed_on"], MissingFields(refused).Order());
        Assert.Equal(2, await host.CountAsync("SELECT count(*) FROM lead_stage_changes WHERE lead_id = $1::uuid", lead.Id));
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM deals WHERE lead_id = $1::uuid", lead.Id));
    }

    [Fact]
    public async Task MoveLeadStage_WhenTheMoveIsNotInTheTable_FailsTransitionRule()
    {
        var (_, _, lead) = await _data.LeadAsync();

        await LeadsData.RefusedAsync("lead-stage-transition", () => _data.MoveAsync(lead, "in-production", LeadsData.Complete()));
    }

    [Fact]
    public async Task MoveLeadStage_WhenTheVersionIsStale_FailsStaleVersionAndStoresNothing()
    {
        var (_, _, lead) = await _data.LeadAsync();
        var moved = await _data.MoveAsync(lead, "contacted", LeadsData.Complete());

        await LeadsData.RefusedAsync("stale-version", () => _data.MoveAsync(lead, "site-visit", LeadsData.Complete()));

        Assert.Equal(2, await host.CountAsync("SELECT count(*) FROM lead_stage_changes WHERE lead_id = $1::uuid", lead.Id));
        Assert.Equal("contacted", (await _data.Client(TestCaller.Admin()).GetLeadAsync(new GetLeadRequest { Id = lead.Id })).Stage);
        Assert.Equal(lead.Version + 1, moved.Version);
    }

    [Theory]
    [InlineData("stage", "won")]
    [InlineData("fields.amount_fen", "-1")]
    [InlineData("fields.next_action_due", "past")]
    [InlineData("fields.note", "oversized")]
    [InlineData("fields.signed_on", "future")]
    public async Task MoveLeadStage_WhenAValueIsImplausible_FailsInvalidArgumentNamingItAndStoresNothing(string field, string value)
    {
        var (_, _, lead) = await _data.LeadAsync();
        var stage = field == "stage" ? value : "negotiating";
        var fields = LeadsData.Complete();
        switch (value)
        {
            case "-1": fields.AmountFen = -1; break;
            case "past": fields.NextActionDue = LeadsData.DaysFromToday(-1); break;
            case "oversized": fields.Note = new string('注', 2001); break;
            case "future": fields.SignedOn = LeadsData.DaysFromToday(2); break;
        }

        await RpcAssert.InvalidArgumentAsync(() => _data.MoveAsync(lead, stage, fields), field);

        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM lead_stage_changes WHERE lead_id = $1::uuid", lead.Id));
        Assert.Equal(0, await host.CountOutboxAsync("LeadStageChanged", lead.Id));
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM deals WHERE lead_id = $1::uuid", lead.Id));
    }

    [Fact]
    public async Task MoveLeadStage_FromLeadToProduction_MakesAndDatesTheDealWithOneEventPerMoveAndAFullHistory()
    {
        var (_, _, lead) = await _data.LeadAsync();
        var fields = LeadsData.Complete();

        foreach (var stage in new[] { "contacted", "site-visit", "negotiating", "signed", "registered", "construction-started", "in-production" })
        {
            lead = await _data.MoveAsync(lead, stage, fields);
        }

        Assert.Equal("in-production", lead.Stage);
        Assert.NotEmpty(lead.DealId);
        Assert.Empty(lead.NextStages);
        Assert.Equal(8, await host.CountAsync("SELECT count(*) FROM lead_stage_changes WHERE lead_id = $1::uuid", lead.Id));
        Assert.Equal(7, await host.CountOutboxAsync("LeadStageChanged", lead.Id));
        Assert.Equal(1, await host.CountOutboxAsync("DealSigned", lead.DealId));
        Assert.Equal(3, await host.CountOutboxAsync("DealMilestoneReached", lead.DealId));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM deals WHERE id = $1::uuid AND amount_fen = 250000000 AND production_started_on IS NOT NULL", lead.DealId));
    }

    [Fact]
    public async Task MoveLeadStage_WhenASignedLeadIsLost_TerminatesTheDealAndWritesDealTerminated()
    {
        var (_, _, lead) = await _data.LeadAsync();
        lead = await _data.MoveAsync(lead, "site-visit", LeadsData.Complete());
        lead = await _data.MoveAsync(lead, "signed", LeadsData.Complete());
        var dealId = lead.DealId;

        lead = await _data.MoveAsync(lead, "lost", new StageFields { LostReason = "project-cancelled", Note = "合同终止" });

        Assert.Equal("lost", lead.Stage);
        Assert.Equal("signed", lead.LostFrom);
        Assert.Equal("project-cancelled", lead.LostReason);
        Assert.Empty(lead.DealId);
        Assert.Equal(1, await host.CountOutboxAsync("DealTerminated", dealId));
    }

    [Fact]
    public async Task MoveLeadStage_WhenTheLostReasonIsNotTheTowns_FailsInvalidArgumentNamingIt()
    {
        var (_, _, lead) = await _data.LeadAsync();

        await RpcAssert.InvalidArgumentAsync(() => _data.MoveAsync(lead, "lost", new StageFields { LostReason = "made-up" }), "fields.lost_reason");
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("other town")]
    public async Task MoveLeadStage_WhenNotTheLeadsTown_FailsPermissionDeniedOrNotFound(string who)
    {
        var (_, investor, lead) = await _data.LeadAsync();
        var caller = who == "investor" ? investor : TestCaller.Town(Guid.NewGuid());

        await RpcAssert.FailsAsync(
            who == "investor" ? StatusCode.PermissionDenied : StatusCode.NotFound,
            () => _data.Client(caller).MoveLeadStageAsync(new MoveLeadStageRequest { Id = lead.Id, Stage = "contacted", Fields = LeadsData.Complete() }).ResponseAsync);
    }

    [Fact]
    public async Task ListLeads_WhenFilteredByStage_ListsOnlyThoseStages()
    {
        var (townId, _, lead) = await _data.LeadAsync();
        var (other, _) = await _data.InvestorAsync();
        await _data.Client(other).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "另一个" });
        await _data.MoveAsync(lead, "contacted", LeadsData.Complete());

        var response = await _data.Client(TestCaller.Town(townId)).ListLeadsAsync(new ListLeadsRequest { Stages = { "contacted" } });

        Assert.Equal([lead.Id], response.Leads.Select(l => l.Id));
    }

    [Fact]
    public async Task GetPipelineRules_ListsEveryStageWithItsMovesAndRequiredFields()
    {
        var rules = await _data.Client(TestCaller.Anonymous()).GetPipelineRulesAsync(new GetPipelineRulesRequest());

        Assert.Equal(["lead", "contacted", "site-visit", "negotiating", "signed", "registered", "construction-started", "in-production", "lost"], rules.Stages.Select(s => s.Stage));
        Assert.Contains("contract_reference", rules.Stages.Single(s => s.Stage == "signed").RequiredFields);
        Assert.Empty(rules.Stages.Single(s => s.Stage == "in-production").NextStages);
    }

    private static CreateLeadRequest TownEntered(Guid townId, string organisationName) => new()
    {
        TownId = townId.ToString(),
        Message = "展会上认识的",
        OrganisationName = organisationName,
        Source = "referral",
        NextAction = "电话联系",
        NextActionDue = LeadsData.DaysFromToday(2),
    };

    private static string[] MissingFields(RpcException refused) =>
        [.. refused.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations.Select(v => v.Subject)];
}
