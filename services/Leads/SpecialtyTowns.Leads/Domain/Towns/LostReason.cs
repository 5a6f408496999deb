namespace SpecialtyTowns.Leads.Domain.Towns;

/// <summary>
/// One entry of a town's editable list of reasons a lead is lost. A reason in use is retired, never
/// deleted, so old leads keep their reason's name.
/// </summary>
public sealed class LostReason
{
    private LostReason()
    {
    }

    public Guid TownId { get; private set; }

    /// <summary>Stable key (kebab-case) that leads store.</summary>
    public string Key { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string? NameEn { get; private set; }

    public bool Retired { get; private set; }

    public int Position { get; private set; }

    public static LostReason Define(Guid townId, string key, string name, string? nameEn, int position) =>
        new() { TownId = townId, Key = key, Name = name, NameEn = nameEn, Position = position };

    public void Rename(string name, string? nameEn, int position)
    {
        Name = name;
        NameEn = nameEn;
        Position = position;
        Retired = false;
    }

    public void Retire() => Retired = true;
}
