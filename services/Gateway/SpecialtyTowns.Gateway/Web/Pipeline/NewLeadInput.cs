using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Web.Pipeline;

/// <summary>
/// A lead the town entered: an organisation found by the search (its id) or named anew (name, credit code, type),
/// what it is about, where it came from, and the first next action.
/// </summary>
public sealed class NewLeadInput
{
    public string? RequestId { get; set; }

    /// <summary>The organisation search's words (the form's first step; not sent with the lead).</summary>
    public string? Query { get; set; }

    public string? OrganisationId { get; set; }

    public string? OrganisationName { get; set; }

    public string? CreditCode { get; set; }

    public string? OrganisationType { get; set; }

    public string? Message { get; set; }

    public string? Source { get; set; }

    public string? NextAction { get; set; }

    public string? NextActionDue { get; set; }

    public string? ExpectedAmountYuan { get; set; }

    public CreateLeadRequest ToRequest(Guid townId, ICollection<string> notNumbers)
    {
        var known = !string.IsNullOrWhiteSpace(OrganisationId);
        return new CreateLeadRequest
        {
            RequestId = RequestId ?? Guid.NewGuid().ToString(),
            TownId = townId.ToString(),
            Message = Message?.Trim() ?? string.Empty,
            Source = Source?.Trim() ?? string.Empty,
            OrganisationId = known ? OrganisationId!.Trim() : string.Empty,
            OrganisationName = known ? string.Empty : OrganisationName?.Trim() ?? string.Empty,
            OrganisationCreditCode = known ? string.Empty : CreditCode?.Trim().ToUpperInvariant() ?? string.Empty,
            OrganisationType = known ? string.Empty : OrganisationType?.Trim() ?? string.Empty,
            NextAction = NextAction?.Trim() ?? string.Empty,
            NextActionDue = NextActionDue?.Trim() ?? string.Empty,
            ExpectedAmountFen = StageFieldsInput.Fen(ExpectedAmountYuan, "expected_amount_fen", notNumbers) ?? 0,
        };
    }
}
