namespace SpecialtyTowns.Leads.Domain.Directory;

/// <summary>
/// What Leads knows of a chain gap, from Enterprises' gap events: its town, title and whether it is
/// still sought. Events may arrive out of order: the entry keeps the time of the newest one applied.
/// </summary>
public sealed class GapEntry
{
    private GapEntry()
    {
    }

    public Guid GapId { get; private set; }

    public Guid TownId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>Enterprises' status key: open, in-talks, filled, withdrawn.</summary>
    public string Status { get; private set; } = string.Empty;

    public DateTimeOffset AsOf { get; private set; }

    public static GapEntry From(Guid gapId, Guid townId, string title, string status, DateTimeOffset asOf) =>
        new() { GapId = gapId, TownId = townId, Title = title, Status = status, AsOf = asOf };

    /// <summary>Applies a newer state; returns false (changing nothing) for one older than what is applied.</summary>
    public bool Apply(string title, string status, DateTimeOffset asOf)
    {
        if (asOf <= AsOf)
        {
            // A filled or withdrawn event (no title) may have overtaken the posting: an older event still fills a blank title.
            if (Title.Length > 0 || title.Length == 0)
            {
                return false;
            }

            Title = title;
            return true;
        }

        Title = title.Length > 0 ? title : Title;
        Status = status;
        AsOf = asOf;
        return true;
    }
}
