using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>The integration events of a gap as it now is, built in one place for every use case and the seed.</summary>
public static class ChainGapEvents
{
    public static ChainGapPosted Posted(ChainGap gap) => new(
        gap.Id, gap.TownId, gap.EnterpriseId, gap.ChainNodeId, gap.Title, gap.TitleEn, GapKeys.Of(gap.Kind), gap.IndustryCode, GapKeys.Of(gap.Status), gap.CreatedAt);

    public static ChainGapUpdated Updated(ChainGap gap) => new(
        gap.Id, gap.TownId, gap.EnterpriseId, gap.ChainNodeId, gap.Title, gap.TitleEn, GapKeys.Of(gap.Kind), gap.IndustryCode, GapKeys.Of(gap.Status), gap.Version, gap.UpdatedAt);

    /// <summary>Records the event of a status move: open ↔ in talks is an update; filled and withdrawn have their own.</summary>
    public static void AddMoved(IOutbox outbox, ChainGap gap, string? note)
    {
        switch (gap.Status)
        {
            case GapStatus.Filled:
                outbox.Add(new ChainGapFilled(gap.Id, gap.TownId, gap.EnterpriseId, gap.FilledByEnterpriseId, note, gap.UpdatedAt));
                break;
            case GapStatus.Withdrawn:
                outbox.Add(new ChainGapWithdrawn(gap.Id, gap.TownId, gap.EnterpriseId, note, gap.UpdatedAt));
                break;
            default:
                outbox.Add(Updated(gap));
                break;
        }
    }
}
