using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Leads.Grpc;

/// <summary>The town's daily work on a lead: reopening, its working fields, activities, follow-ups and lost reasons.</summary>
public sealed partial class LeadsGrpcService
{
    public const int MaxActivityText = 2000;

    private static readonly Dictionary<string, ActivityKind> ActivityKinds = new(StringComparer.Ordinal)
    {
        ["note"] = ActivityKind.Note,
        ["call"] = ActivityKind.Call,
        ["visit"] = ActivityKind.Visit,
        ["meeting"] = ActivityKind.Meeting,
    };

    public override async Task<V1.Lead> ReopenLead(ReopenLeadRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator()
            .Guid("id", request.Id)
            .RequestId(request.RequestId)
            .Must(request.ExpectedVersion >= 0, "expected_version", "must not be negative");
        var fields = StageFieldsMapper.Read(request.Fields, validator);
        validator.ThrowIfInvalid();
        var command = new MoveLeadStageCommand(request.RequestId, Guid.Parse(request.Id), request.ExpectedVersion, LeadStage.Lead, fields);
        return await ViewAsync(await work.Reopen.ExecuteAsync(command, context.GetCaller(), context.CancellationToken), context);
    }

    public override async Task<V1.Lead> UpdateLead(UpdateLeadRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator()
            .Guid("id", request.Id)
            .RequestId(request.RequestId)
            .Must(request.ExpectedVersion >= 0, "expected_version", "must not be negative")
            .Guid("owner_id", request.OwnerId, required: false)
            .Optional("owner_name", request.OwnerName, 100)
            .Optional("next_action", request.NextAction, StageFieldsMapper.MaxNextAction)
            .Must(request.ExpectedAmountFen >= 0, "expected_amount_fen", "must not be negative");
        var due = StageFieldsMapper.Date(validator, "next_action_due", request.NextActionDue);
        validator.ThrowIfInvalid();
        var fields = new LeadWorkingFields(
            Guid.TryParse(request.OwnerId, out var owner) ? owner : null,
            string.IsNullOrWhiteSpace(request.OwnerName) ? null : request.OwnerName.Trim(),
            string.IsNullOrWhiteSpace(request.NextAction) ? null : request.NextAction.Trim(),
            due,
            request.HasExpectedAmount || request.ExpectedAmountFen != 0 ? request.ExpectedAmountFen : null);
        var command = new UpdateLeadCommand(request.RequestId, Guid.Parse(request.Id), request.ExpectedVersion, fields);
        return await ViewAsync(await work.Update.ExecuteAsync(command, context.GetCaller(), context.CancellationToken), context);
    }

    public override async Task<V1.LeadActivity> AddLeadActivity(AddLeadActivityRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .Guid("lead_id", request.LeadId)
            .RequestId(request.RequestId)
            .Must(ActivityKinds.ContainsKey(request.Kind), "kind", "must be one of call, visit, meeting, note")
            .Required("text", request.Text, MaxActivityText)
            .Must(request.OccurredAt is null || IsRepresentable(request.OccurredAt), "occurred_at", "is not a time between the years 1 and 9999")
            .ThrowIfInvalid();
        var command = new AddLeadActivityCommand(request.RequestId, Guid.Parse(request.LeadId), ActivityKinds[request.Kind], request.OccurredAt?.ToDateTimeOffset(), request.Text, request.Internal);
        return ToMessage(await work.AddActivity.ExecuteAsync(command, context.GetCaller(), context.CancellationToken), internalFields: true);
    }

    public override async Task<V1.LeadTimeline> GetLeadTimeline(GetLeadTimelineRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("lead_id", request.LeadId).ThrowIfInvalid();
        var timeline = await work.Timeline.ExecuteAsync(Guid.Parse(request.LeadId), context.GetCaller(), context.CancellationToken);
        var entries = timeline.Changes.Select(c => (At: c.At, Entry: new TimelineEntry { StageChange = ToMessage(c, timeline.Internal) }))
            .Concat(timeline.Activities.Select(a => (At: a.OccurredAt, Entry: new TimelineEntry { Activity = ToMessage(a, timeline.Internal) })))
            .OrderBy(e => e.At);
        var message = new V1.LeadTimeline { LeadId = timeline.LeadId.ToString() };
        message.Entries.AddRange(entries.Select(e => e.Entry));
        return message;
    }

    public override async Task<ListLeadsResponse> ListFollowUps(ListFollowUpsRequest request, ServerCallContext context)
    {
        var (offset, size, validator) = Paging(request.Page);
        validator
            .Must(FollowUpQueries.Kinds.Contains(request.Kind), "kind", $"must be one of {string.Join(", ", FollowUpQueries.Kinds)}")
            .Must(request.Owner is "" or "all", "owner", "must be empty (your own leads) or all")
            .ThrowIfInvalid();
        var page = await work.FollowUps.ExecuteAsync(context.GetCaller(), request.Kind, request.Owner == "all", offset, size, context.CancellationToken);
        return ToResponse(page, offset, size);
    }

    public override async Task<LostReasons> GetLostReasons(GetLostReasonsRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("town_id", request.TownId).ThrowIfInvalid();
        var townId = Guid.Parse(request.TownId);
        return ToMessage(townId, await work.LostReasons.GetAsync(townId, context.GetCaller(), context.CancellationToken));
    }

    public override async Task<LostReasons> SaveLostReasons(SaveLostReasonsRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator()
            .Guid("town_id", request.TownId)
            .RequestId(request.RequestId)
            .Must(request.Reasons.Count is >= 1 and <= 30, "reasons", "must list between 1 and 30 reasons")
            .Must(request.Reasons.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count() == request.Reasons.Count, "reasons", "must not repeat a key");
        for (var i = 0; i < request.Reasons.Count; i++)
        {
            var reason = request.Reasons[i];
            validator
                .Required($"reasons[{i}].key", reason.Key, 60)
                .Must(reason.Key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'), $"reasons[{i}].key", "must be kebab-case (a-z, 0-9, -)")
                .Required($"reasons[{i}].name", reason.Name, 40)
                .Optional($"reasons[{i}].name_en", reason.NameEn, 60);
        }

        validator.ThrowIfInvalid();
        var townId = Guid.Parse(request.TownId);
        var command = new SaveLostReasonsCommand(request.RequestId, townId, [.. request.Reasons.Select(r => (r.Key, r.Name, (string?)r.NameEn, r.Retired))]);
        return ToMessage(townId, await work.LostReasons.SaveAsync(command, context.GetCaller(), context.CancellationToken));
    }

    private static bool IsRepresentable(Timestamp time) =>
        time.Seconds is >= -62_135_596_800 and <= 253_402_300_799 && time.Nanos is >= 0 and < 1_000_000_000;

    // Who on the town's side wrote an entry is the town's: the investor sees the entry itself.
    private static V1.LeadActivity ToMessage(Domain.Pipeline.LeadActivity activity, bool internalFields) => new()
    {
        Id = activity.Id.ToString(),
        LeadId = activity.LeadId.ToString(),
        Kind = ActivityKinds.First(k => k.Value == activity.Kind).Key,
        OccurredAt = Timestamp.FromDateTimeOffset(activity.OccurredAt),
        Text = activity.Text,
        Internal = activity.Internal,
        Actor = internalFields ? activity.Actor : string.Empty,
        MeetingId = activity.MeetingId?.ToString() ?? string.Empty,
        RecordedAt = Timestamp.FromDateTimeOffset(activity.RecordedAt),
    };

    // Who moved the lead and the note given are the town's: the investor sees the move itself.
    private static StageChange ToMessage(LeadStageChange change, bool internalFields) => new()
    {
        Sequence = change.Sequence,
        From = change.From is { } from ? LeadStageKeys.Of(from) : string.Empty,
        To = LeadStageKeys.Of(change.To),
        Actor = internalFields ? change.Actor : string.Empty,
        At = Timestamp.FromDateTimeOffset(change.At),
        Note = internalFields ? change.Note ?? string.Empty : string.Empty,
    };

    private static LostReasons ToMessage(Guid townId, IReadOnlyList<Domain.Towns.LostReason> reasons)
    {
        var message = new LostReasons { TownId = townId.ToString() };
        message.Reasons.AddRange(reasons.Select(r => new V1.LostReason { Key = r.Key, Name = r.Name, NameEn = r.NameEn ?? string.Empty, Retired = r.Retired }));
        return message;
    }
}
