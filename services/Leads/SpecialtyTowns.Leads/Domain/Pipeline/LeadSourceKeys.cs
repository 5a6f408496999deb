namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>The lead sources' wire names.</summary>
public static class LeadSourceKeys
{
    private static readonly Dictionary<LeadSource, string> Names = new()
    {
        [LeadSource.Inbound] = "inbound",
        [LeadSource.Search] = "search",
        [LeadSource.Recommendation] = "recommendation",
        [LeadSource.Referral] = "referral",
        [LeadSource.ExpoMeeting] = "expo-meeting",
    };

    private static readonly Dictionary<string, LeadSource> ByKey = Names.ToDictionary(n => n.Value, n => n.Key, StringComparer.Ordinal);

    public static IReadOnlyList<string> All { get; } = [.. Names.Values];

    public static string Of(LeadSource source) => Names[source];

    public static bool TryParse(string? key, out LeadSource source) => ByKey.TryGetValue(key ?? string.Empty, out source);
}
