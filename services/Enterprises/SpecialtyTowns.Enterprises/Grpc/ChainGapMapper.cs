using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Enterprises.Application.Gaps;
using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;

namespace SpecialtyTowns.Enterprises.Grpc;

public static class ChainGapMapper
{
    public static V1.ChainGap ToMessage(ChainGapView view)
    {
        var gap = view.Gap;
        return new V1.ChainGap
        {
            Id = gap.Id.ToString(),
            TownId = gap.TownId.ToString(),
            EnterpriseId = gap.EnterpriseId?.ToString() ?? string.Empty,
            Content = ChainGapContentMapper.ToMessage(gap.Content),
            Status = GapKeys.Of(gap.Status),
            NextStatuses = { GapLifecycle.NextFrom(gap.Status).Select(GapKeys.Of) },
            CreatedAt = Timestamp.FromDateTimeOffset(gap.CreatedAt),
            UpdatedAt = Timestamp.FromDateTimeOffset(gap.UpdatedAt),
            Version = gap.Version,
            ChainNodeName = view.NodeName ?? string.Empty,
            ChainPosition = view.NodePosition is { } position ? ChainKeys.Of(position) : string.Empty,
            FilledByEnterpriseId = gap.FilledByEnterpriseId?.ToString() ?? string.Empty,
            TownName = view.TownName ?? string.Empty,
            EnterpriseName = view.EnterpriseName ?? string.Empty,
        };
    }

    public static V1.ChainGapHistoryEntry ToMessage(ChainGapHistoryEntry entry) => new()
    {
        At = Timestamp.FromDateTimeOffset(entry.At),
        Actor = entry.Actor,
        Action = entry.Action,
        FromStatus = entry.FromStatus ?? string.Empty,
        ToStatus = entry.ToStatus ?? string.Empty,
        Note = entry.Note ?? string.Empty,
    };
}
