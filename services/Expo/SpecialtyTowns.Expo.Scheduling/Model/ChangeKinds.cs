namespace SpecialtyTowns.Expo.Scheduling.Model;

public static class ChangeKinds
{
    /// <summary>Still scheduled, at another slot or table.</summary>
    public const string Moved = "moved";

    /// <summary>Still in the instance but no longer scheduled.</summary>
    public const string Dropped = "dropped";

    /// <summary>No longer in the instance (cancelled).</summary>
    public const string Removed = "removed";
}
