namespace SpecialtyTowns.Expo.Domain.CheckIn;

/// <summary>How a check-in was made at the desk.</summary>
public static class CheckInMethods
{
    public const string Scan = "scan";
    public const string Code = "code";
    public const string Search = "search";

    public static readonly IReadOnlyList<string> All = [Scan, Code, Search];
}
