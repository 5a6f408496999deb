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
        request.Reasons.AddRange(Rows.Where(r => !string.IsNullOrWhiteSpace(r.Name)).Select(r => new LostReason
        {
            Key = r.Key?.Trim() ?? string.Empty,
            Name = r.Name!.Trim(),
            NameEn = r.NameEn?.Trim() ?? string.Empty,
            Retired = r.Retired,
        }));
        return request;
    }
}
