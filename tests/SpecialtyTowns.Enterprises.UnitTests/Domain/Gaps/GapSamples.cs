using SpecialtyTowns.Enterprises.Domain.Gaps;

namespace SpecialtyTowns.Enterprises.UnitTests.Domain.Gaps;

/// <summary>A plausible gap's content for tests to vary.</summary>
internal static class GapSamples
{
    public static ChainGapContent Content(Guid? nodeId) => new(
        "药用辅料", "Pharmaceutical excipients", nodeId, GapKind.Product, "园区缺药用辅料配套", null, null,
        1200m, "吨/年", null, null, null, "C27", ["药用辅料"]);
}
