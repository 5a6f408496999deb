extern alias leads;

using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;
using RaiseFollowUpAlerts = leads::SpecialtyTowns.Leads.Application.RaiseFollowUpAlerts;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>Reopening, working fields, activities and the timeline, follow-ups and their alerts, lost reasons, the directory.</summary>
[Collection(LeadsCollection.Name)]
public sealed class LeadWorkServiceTests(LeadsHost host)
{
    private readonly LeadsData _data = new(host);

    [Fact]
    public async Task ReopenLead_WhenLost_ReturnsToTheStageItWasLostFromWithTheHistoryComplete()
    {
        var (_, _, lead) = await _data.LeadAsync();
        lead = await _data.MoveAsync(lead, "contacted", LeadsData.Complete());
        lead = await _data.MoveAsync(lead, "lost", new StageFields { LostReason = "no-response", Note = "电话打不通" });

        var reopened = await _data.Client(TestCaller.Town(Guid.Parse(lead.TownId))).ReopenLeadAsync(new ReopenLeadRequest { Id = lead.Id, ExpectedVersion = lead.Version, Fields = new StageFields { NextAction = "再联系", NextActionDue = LeadsData.DaysFromToday(1) } });

        Assert.Equal("contacted", reopened.Stage);
        Assert.Empty(reopened.LostReason);
        var timeline = await _data.Client(TestCaller.Admin()).GetLeadTimelineAsync(new GetLeadTimelineRequest { LeadId = lead.Id });
        Assert.Equal(["lead", "contacted", "lost", "contacted"], timeline.Entries.Select(e => e.StageChange.To));
        Assert.Equal("电话打不通", timeline.Entries[2].StageChange.Note);
        Assert.Equal(3, await host.CountOutboxAsync("LeadStageChanged", lead.Id));
    }

    [Fact]
    public async Task ReopenLead_WhenANewerOpenLeadTookItsPlace_FailsDuplicatePointingToIt()
    {
        var (townId, investor, lead) = await _data.LeadAsync();
        lead = await _data.MoveAsync(lead, "lost", new StageFields { LostReason = "other" });
        var newer = await _data.Client(investor).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "又来了" });

        var refused = await LeadsData.RefusedAsync("lead-duplicate", () => _data.Client(TestCaller.Town(townId)).ReopenLeadAsync(new ReopenLeadRequest { Id = lead.Id, Fields = LeadsData.Complete() }).ResponseAsync);

        Assert.Equal(newer.Id, refused.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Metadata["existingLeadId"]);
    }

    [Fact]
    public async Task UpdateLead_WhenStaleOrUnchanged_RefusesTheStaleEditAndKeepsTheVersionOfTheNoOp()
    {
        var (townId, _, lead) = await _data.LeadAsync();
        var town = _data.Client(TestCaller.Town(townId));
        var updated = await town.UpdateLeadAsync(new UpdateLeadRequest { Id = lead.Id, ExpectedVersion = lead.Version, NextAction = "发资料", NextActionDue = LeadsData.DaysFromToday(5), ExpectedAmountFen = 1_000_000, HasExpectedAmount = true });

        await LeadsData.RefusedAsync("stale-version", () => town.UpdateLeadAsync(new UpdateLeadRequest { Id = lead.Id, ExpectedVersion = lead.Version, NextAction = "别的" }).ResponseAsync);
        var same = await town.UpdateLeadAsync(new UpdateLeadRequest { Id = lead.Id, ExpectedVersion = updated.Version, NextAction = "发资料" });

        Assert.Equal("发资料", updated.NextAction);
        Assert.Equal(1_000_000, updated.ExpectedAmountFen);
        Assert.Equal(updated.Version, same.Version);
    }

    [Fact]
    public async Task UpdateLead_WhenTheDueDateHasPassed_FailsInvalidArgumentNamingIt()
    {
        var (townId, _, lead) = await _data.LeadAsync();

        await RpcAssert.InvalidArgumentAsync(() => _data.Client(TestCaller.Town(townId)).UpdateLeadAsync(new UpdateLeadRequest { Id = lead.Id, NextActionDue = LeadsData.DaysFromToday(-3) }).ResponseAsync, "next_action_due");
    }

    [Fact]
    public async Task GetLeadTimeline_WhenTheInvestorReads_NeverShowsTheTownsInternalNotes()
    {
        var (townId, investor, lead) = await _data.LeadAsync();
        var town = _data.Client(TestCaller.Town(townId));
        await town.AddLeadActivityAsync(new AddLeadActivityRequest { LeadId = lead.Id, Kind = "note", Text = "内部：对方资金紧张", Internal = true });
        await town.AddLeadActivityAsync(new AddLeadActivityRequest { LeadId = lead.Id, Kind = "call", Text = "已电话沟通", OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-1)) });
        await _data.Client(investor).AddLeadActivityAsync(new AddLeadActivityRequest { LeadId = lead.Id, Kind = "note", Text = "投资方补充材料" });

        var seenByInvestor = await _data.Client(investor).GetLeadTimelineAsync(new GetLeadTimelineRequest { LeadId = lead.Id });
        var seenByTown = await town.GetLeadTimelineAsync(new GetLeadTimelineRequest { LeadId = lead.Id });

        Assert.DoesNotContain(seenByInvestor.Entries, e => e.Activity?.Text == "内部：对方资金紧张");
        Assert.Equal(2, seenByInvestor.Entries.Count(e => e.Activity is not null));
        Assert.All(seenByInvestor.Entries.Where(e => e.StageChange is not null), e => Assert.Empty(e.StageChange.Actor));
        Assert.Equal(3, seenByTown.Entries.Count(e => e.Activity is not null));
    }

    [Fact]
    public async Task AddLeadActivity_WhenTheInvestorWritesAnInternalNoteOrTextIsOversized_IsRefusedAndStoresNothing()
    {
        var (_, investor, lead) = await _data.LeadAsync();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Client(investor).AddLeadActivityAsync(new AddLeadActivityRequest { LeadId = lead.Id, Kind = "note", Text = "想当内部", Internal = true }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => _data.Client(investor).AddLeadActivityAsync(new AddLeadActivityRequest { LeadId = lead.Id, Kind = "gossip", Text = new string('长', 2001) }).ResponseAsync, "kind", "text");

        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM lead_activities WHERE lead_id = $1::uuid", lead.Id));
    }

    [Fact]
    public async Task ListFollowUps_WhenLeadsAreDueTodayOverdueOrStalled_ListsEachUnderItsKindForItsOwner()
    {
        var townId = await _data.KnownTownAsync();
        var owner = TestCaller.Town(townId);
        var today = await _data.TownLeadAsync(townId, owner, LeadsData.Today);
        var overdue = await _data.TownLeadAsync(townId, owner, LeadsData.DaysFromToday(1));
        var stalled = await _data.TownLeadAsync(townId, owner, LeadsData.DaysFromToday(1));
        var someoneElses = await _data.TownLeadAsync(townId, TestCaller.Town(townId), LeadsData.Today);
        await _data.ExecuteAsync("UPDATE leads SET next_action_due = current_date - 2 WHERE id = {0}", Guid.Parse(overdue.Id));
        await _data.ExecuteAsync("UPDATE leads SET stage_entered_at = now() - interval '30 days' WHERE id = {0}", Guid.Parse(stalled.Id));
        var client = _data.Client(owner);

        var dueToday = await client.ListFollowUpsAsync(new ListFollowUpsRequest { Kind = "due-today" });
        var late = await client.ListFollowUpsAsync(new ListFollowUpsRequest { Kind = "overdue" });
        var stuck = await client.ListFollowUpsAsync(new ListFollowUpsRequest { Kind = "stalled" });
        var everyOwner = await client.ListFollowUpsAsync(new ListFollowUpsRequest { Kind = "due-today", Owner = "all" });

        Assert.Equal([today.Id], dueToday.Leads.Select(l => l.Id));
        Assert.Equal([overdue.Id], late.Leads.Select(l => l.Id));
        Assert.True(late.Leads[0].Overdue);
        Assert.Equal([stalled.Id], stuck.Leads.Select(l => l.Id));
        Assert.True(stuck.Leads[0].Stalled);
        Assert.Equal(new[] { today.Id, someoneElses.Id }.Order(), everyOwner.Leads.Select(l => l.Id).Order());
    }

    [Fact]
    public async Task FollowUpWorker_WhenALeadIsDueToday_RaisesLeadFollowUpDueOnceEvenWithTwoReplicasScanning()
    {
        var townId = await _data.KnownTownAsync();
        var lead = await _data.TownLeadAsync(townId, TestCaller.Town(townId), LeadsData.Today);

        await Task.WhenAll(
            _data.InScopeAsync<RaiseFollowUpAlerts, int>(r => r.ExecuteAsync(CancellationToken.None)),
            _data.InScopeAsync<RaiseFollowUpAlerts, int>(r => r.ExecuteAsync(CancellationToken.None)));
        await Eventually.TrueAsync(async () => await host.CountOutboxAsync("LeadFollowUpDue", lead.Id) > 0, TimeSpan.FromSeconds(10), "the follow-up alert");
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(1, await host.CountOutboxAsync("LeadFollowUpDue", lead.Id));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM follow_up_alerts WHERE lead_id = $1::uuid AND kind = 'due-today'", lead.Id));
    }

    [Fact]
    public async Task GetLostReasons_WhenTheTownHasNone_AnswersTheDefaultsAndSavingReplacesThemRetiringUsedOnes()
    {
        var (townId, _, lead) = await _data.LeadAsync();
        await _data.MoveAsync(lead, "lost", new StageFields { LostReason = "no-budget" });
        var town = _data.Client(TestCaller.Town(townId));

        var defaults = await town.GetLostReasonsAsync(new GetLostReasonsRequest { TownId = townId.ToString() });
        var saved = await town.SaveLostReasonsAsync(new SaveLostReasonsRequest { TownId = townId.ToString(), Reasons = { new LostReason { Key = "land-price", Name = "地价过高" } } });

        Assert.Contains(defaults.Reasons, r => r.Key == "no-budget" && !r.Retired);
        Assert.Equal(["land-price", "no-budget"], saved.Reasons.Select(r => r.Key));
        Assert.True(saved.Reasons.Single(r => r.Key == "no-budget").Retired);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Client(TestCaller.Town(Guid.NewGuid())).GetLostReasonsAsync(new GetLostReasonsRequest { TownId = townId.ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task CreateLead_WhenTownsAndEnterprisesAnnouncedTheProjectAndGap_AcceptsThemWithTheirTitles()
    {
        var townId = await _data.KnownTownAsync();
        var projectId = Guid.NewGuid();
        var gapId = Guid.NewGuid();
        await host.PublishAsync(new ProjectStatusChanged(projectId, townId, "draft", "published", 1, 2, DateTimeOffset.UtcNow));
        await host.PublishAsync(new ProjectPublished(projectId, townId, "精密法兰项目", "published", "C33", 1, 2, DateTimeOffset.UtcNow.AddSeconds(-1)));
        await host.PublishAsync(new ChainGapPosted(gapId, townId, null, null, "辅料供应缺口", null, "supplier", "C27", "open", DateTimeOffset.UtcNow));
        var (investor, _) = await _data.InvestorAsync();

        var lead = await Eventually.GetAsync(
            async () =>
            {
                try
                {
                    return await _data.Client(investor).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), ProjectId = projectId.ToString(), GapId = gapId.ToString(), Message = "项目与缺口" });
                }
                catch (RpcException)
                {
                    return null;
                }
            },
            TimeSpan.FromSeconds(20),
            "the project and gap in the leads directory");

        // The status change may overtake the publication: the title arrives with the older event all the same.
        var titled = await Eventually.GetAsync(
            async () => await _data.Client(investor).GetLeadAsync(new GetLeadRequest { Id = lead.Id }) is { ProjectTitle.Length: > 0, GapTitle.Length: > 0 } found ? found : null,
            TimeSpan.FromSeconds(20),
            "the project's and gap's titles");

        Assert.Equal("精密法兰项目", titled.ProjectTitle);
        Assert.Equal("辅料供应缺口", titled.GapTitle);
    }
}
