using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>
/// An investor organisation's interest in a town (optionally in one project or chain gap), worked by
/// the town from first contact to production. Every stage move goes through <see cref="MoveTo"/>, so the
/// transition table and the required fields hold for every path (API, bulk, events).
/// </summary>
public sealed class Lead
{
    public const string ClosedRule = "lead-closed";

    /// <summary>A signed (or later) lead's amount is the contract's: the funnel and the deal must agree.</summary>
    public const string SignedAmountRule = "lead-signed-amount";

    private readonly List<LeadStageChange> _history = [];

    private Lead()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid TownId { get; private set; }

    public Guid? ProjectId { get; private set; }

    public Guid? GapId { get; private set; }

    public LeadSource Source { get; private set; }

    /// <summary>The investor account that registered the interest; null when the town entered the lead.</summary>
    public Guid? InvestorUserId { get; private set; }

    /// <summary>The town account working the lead.</summary>
    public Guid? OwnerId { get; private set; }

    public string? OwnerName { get; private set; }

    public LeadStage Stage { get; private set; }

    public DateTimeOffset StageEnteredAt { get; private set; }

    public LeadStage? LostFrom { get; private set; }

    public string? LostReason { get; private set; }

    /// <summary>What the investor wrote when registering interest (both sides see it).</summary>
    public string Message { get; private set; } = string.Empty;

    public long? ExpectedAmountFen { get; private set; }

    public string? NextAction { get; private set; }

    public DateOnly? NextActionDue { get; private set; }

    public DateOnly? VisitOn { get; private set; }

    /// <summary>
    /// "{organisation}:{town}:{project or -}:{gap or -}" while the lead is open, null otherwise; a unique
    /// index on it refuses a second open lead for the same organisation, town and project, even in a race.
    /// </summary>
    public string? OpenKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<LeadStageChange> History => _history;

    public static Lead Create(LeadDraft draft, string actor, DateTimeOffset now)
    {
        var lead = new Lead
        {
            Id = Guid.CreateVersion7(now),
            OrganisationId = draft.OrganisationId,
            TownId = draft.TownId,
            ProjectId = draft.ProjectId,
            GapId = draft.GapId,
            Source = draft.Source,
            InvestorUserId = draft.InvestorUserId,
            OwnerId = draft.OwnerId,
            OwnerName = draft.OwnerName,
            Message = draft.Message.Trim(),
            ExpectedAmountFen = draft.ExpectedAmountFen,
            NextAction = draft.NextAction,
            NextActionDue = draft.NextActionDue,
            Stage = LeadStage.Lead,
            StageEnteredAt = now,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        lead.OpenKey = lead.KeyWhileOpen();
        lead._history.Add(LeadStageChange.Record(lead.Id, 1, null, LeadStage.Lead, actor, now, null));
        return lead;
    }

    /// <summary>Moves along the transition table with the target stage's required fields, recording who, when and why.</summary>
    public void MoveTo(LeadStage to, StageFields fields, string actor, DateTimeOffset now)
    {
        LeadPipeline.EnsureCanMove(Stage, to);
        StageRequirements.EnsureComplete(to, fields);
        Enter(to, fields, actor, now);
        if (to == LeadStage.Lost)
        {
            LostFrom = _history[^1].From;
            LostReason = fields.LostReason;
        }
    }

    /// <summary>Brings a lost lead back where <see cref="LeadPipeline.ReopenTarget"/> says, with a new next action.</summary>
    public void Reopen(StageFields fields, string actor, DateTimeOffset now)
    {
        if (Stage != LeadStage.Lost || LostFrom is not { } lostFrom)
        {
            throw new BusinessRuleException(LeadPipeline.TransitionRule, $"Only a lost lead can be reopened; this one is {LeadStageKeys.Of(Stage)}");
        }

        var target = LeadPipeline.ReopenTarget(lostFrom);
        StageRequirements.EnsureComplete(target, fields with { ExpectedAmountFen = fields.ExpectedAmountFen ?? ExpectedAmountFen });
        Enter(target, fields, actor, now);
        LostFrom = null;
        LostReason = null;
    }

    /// <summary>
    /// Changes the town's working fields (given ones only); returns false (changing nothing, keeping the
    /// version) when nothing differs. A closed lead has no next action.
    /// </summary>
    public bool Update(LeadWorkingFields fields, DateTimeOffset now)
    {
        if (!LeadPipeline.IsOpen(Stage) && (fields.NextAction is not null || fields.NextActionDue is not null))
        {
            throw new BusinessRuleException(ClosedRule, $"A lead at {LeadStageKeys.Of(Stage)} has no next action");
        }

        if (LeadPipeline.IsWon(Stage) && fields.ExpectedAmountFen is { } changed && changed != ExpectedAmountFen)
        {
            throw new BusinessRuleException(SignedAmountRule, "A signed lead's amount is its contract's; it changes only with a new contract", ["expected_amount_fen"]);
        }

        var owner = fields.OwnerId ?? OwnerId;
        var ownerName = fields.OwnerName ?? OwnerName;
        var nextAction = fields.NextAction ?? NextAction;
        var due = fields.NextActionDue ?? NextActionDue;
        var amount = fields.ExpectedAmountFen ?? ExpectedAmountFen;
        if (owner == OwnerId && ownerName == OwnerName && nextAction == NextAction && due == NextActionDue && amount == ExpectedAmountFen)
        {
            return false;
        }

        (OwnerId, OwnerName, NextAction, NextActionDue, ExpectedAmountFen) = (owner, ownerName, nextAction, due, amount);
        Touch(now);
        return true;
    }

    private void Enter(LeadStage to, StageFields fields, string actor, DateTimeOffset now)
    {
        var from = Stage;
        Stage = to;
        StageEnteredAt = now;
        NextAction = LeadPipeline.IsOpen(to) ? fields.NextAction?.Trim() : null;
        NextActionDue = LeadPipeline.IsOpen(to) ? fields.NextActionDue : null;
        VisitOn = fields.VisitOn ?? VisitOn;
        // From signing on the amount is the contract's: later moves carry no estimate that could replace it.
        ExpectedAmountFen = LeadPipeline.IsWon(from) && LeadPipeline.IsWon(to) ? ExpectedAmountFen : fields.AmountFen ?? fields.ExpectedAmountFen ?? ExpectedAmountFen;
        OpenKey = KeyWhileOpen();
        Touch(now);
        _history.Add(LeadStageChange.Record(Id, _history.Count + 1, from, to, actor, now, fields.Note?.Trim()));
    }

    /// <summary>The <see cref="OpenKey"/> an open lead of this organisation, town, project and gap has.</summary>
    public static string OpenKeyFor(Guid organisationId, Guid townId, Guid? projectId, Guid? gapId) =>
        $"{organisationId:N}:{townId:N}:{projectId?.ToString("N") ?? "-"}:{gapId?.ToString("N") ?? "-"}";

    private string? KeyWhileOpen() => LeadPipeline.IsOpen(Stage) ? OpenKeyFor(OrganisationId, TownId, ProjectId, GapId) : null;

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
