namespace SpecialtyTowns.Towns.Domain;

public enum TownLevel
{
    /// <summary>The sources do not say; never guessed.</summary>
    Unknown = 0,
    Provincial = 1,
    Municipal = 2,
}
