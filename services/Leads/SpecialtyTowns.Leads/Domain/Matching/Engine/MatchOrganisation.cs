using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>An organisation as the scorer reads it: its profile plus what is precomputed once per index version.</summary>
public sealed class MatchOrganisation(Guid id, OrganisationProfile profile, SparseVector text)
{
    public Guid Id { get; } = id;

    public OrganisationProfile Profile { get; } = profile;

    public bool Consent => Profile.ConsentToContact;

    public SparseVector Text { get; } = text;

    public int PositionMask { get; } = MatchKeys.PositionMask(profile.ChainPositionsSought);

    public HashSet<string> Regions { get; } = [.. profile.PreferredRegions.Select(MatchKeys.NormaliseRegion).Where(r => r.Length > 0)];

    public bool SpeaksChinese { get; } = profile.Languages.Any(l => l.StartsWith("zh", StringComparison.OrdinalIgnoreCase));

    public bool SpeaksEnglish { get; } = profile.Languages.Any(l => l.StartsWith("en", StringComparison.OrdinalIgnoreCase));

    public double Completeness { get; } = ProfileCompleteness.Of(profile) / 100.0;

    public MatchOrganisation WithText(SparseVector text) => new(Id, Profile, text);
}
