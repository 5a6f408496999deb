namespace SpecialtyTowns.Leads.Domain.Towns;

/// <summary>A town's yearly target for signed investment (签约额), against which the funnel reports.</summary>
public sealed class TownTarget
{
    private TownTarget()
    {
    }

    public Guid TownId { get; private set; }

    public int Year { get; private set; }

    public long SignedAmountFen { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static TownTarget Set(Guid townId, int year, long signedAmountFen, DateTimeOffset now) =>
        new() { TownId = townId, Year = year, SignedAmountFen = signedAmountFen, UpdatedAt = now };

    public void Change(long signedAmountFen, DateTimeOffset now)
    {
        SignedAmountFen = signedAmountFen;
        UpdatedAt = now;
    }
}
