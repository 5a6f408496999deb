using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>A list's size: 0 asks for the configured default; the gRPC layer refuses anything outside 0..MaxLimit.</summary>
public static class MatchLimits
{
    public static int Of(int requested, MatchingOptions options) =>
        requested <= 0 ? options.DefaultLimit : Math.Min(requested, options.MaxLimit);
}
