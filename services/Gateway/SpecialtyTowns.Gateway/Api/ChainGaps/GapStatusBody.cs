namespace SpecialtyTowns.Gateway.Api.ChainGaps;

/// <summary>
/// The next status (in-talks, filled, withdrawn, or back to open), an optional note, the enterprise that
/// filled it (when filling) and the version the change was made on (absent or 0: no check).
/// </summary>
public sealed record GapStatusBody(string? Status, string? Note, Guid? FilledByEnterpriseId, int? ExpectedVersion);
