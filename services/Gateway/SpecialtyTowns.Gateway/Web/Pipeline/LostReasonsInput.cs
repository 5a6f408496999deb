using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Web.Pipeline;

/// <summary>
/// The town's lost-reasons list as the editor posts it: one row per reason (key, Chinese and English names, retired),
/// plus empty rows for new ones; a row without a name is dropped.
/// </summary>
public sealed class LostReasonsInput
{
    public const int NewRows = 3;

    public string? RequestId { get; set; }

    public List<LostReasonRow> Rows { get; set; } = [];

    public static LostReasonsInput From(LostReasons reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var input = new LostReasonsInput { RequestId = Guid.NewGuid().ToString() };
        input.Rows.AddRange(reasons.Reasons.Select(r => new LostReasonRow { Key = r.Key, Name = r.Name, NameEn = r.NameEn, Retired = r.Retired }));
        input.Rows.AddRange(Enumerable.Range(0, NewRows).Select(_ => new LostReasonRow()));
        return input;
    }

    public SaveLostReasonsRequest ToRequest(Guid townId)
    {
        var request = new SaveLostReasonsRequest { TownId = townId.ToString(), RequestId = RequestId ?? Guid.NewGuid().ToString() };
        var rows = Rows.Where(r => !string.IsNullOrWhiteSpace(r.Name)).ToList();
        var taken = rows.Select(r => r.Key?.Trim() ?? string.Empty).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        request.Reasons.AddRange(rows.Select(r => new LostReason
        {
            Key = string.IsNullOrWhiteSpace(r.Key) ? NewKey(r.NameEn, taken) : r.Key.Trim(),
            Name = r.Name!.Trim(),
            NameEn = r.NameEn?.Trim() ?? string.Empty,
            Retired = r.Retired,
        }));
        return request;
    }

    /// <summary>
    /// A new reason's key (kebab-case, as the service wants): from its English name where it has one ("Land price"
    /// → land-price), else a short random one; never one the list already uses.
    /// </summary>
    public static string NewKey(string? nameEn, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var words = new string((nameEn ?? string.Empty).ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var key = string.Join('-', words);
        key = key.Length is > 0 and <= 40 ? key : "reason-" + Guid.NewGuid().ToString("N")[..8];
        while (!taken.Add(key))
        {
            key = $"{key[..Math.Min(key.Length, 40)]}-{Guid.NewGuid().ToString("N")[..4]}";
        }

        return key;
    }
}
