using System.Globalization;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Web.Pipeline;

/// <summary>The lead's working fields the town keeps current: next action, its due date, the expected amount.</summary>
public sealed class FollowUpInput
{
    public string? RequestId { get; set; }

    public int ExpectedVersion { get; set; }

    public string? NextAction { get; set; }

    public string? NextActionDue { get; set; }

    public string? ExpectedAmountYuan { get; set; }

    public static FollowUpInput From(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return new FollowUpInput
        {
            RequestId = Guid.NewGuid().ToString(),
            ExpectedVersion = lead.Version,
            NextAction = lead.NextAction,
            NextActionDue = lead.NextActionDue,
            ExpectedAmountYuan = lead.ExpectedAmountFen == 0 ? null : (lead.ExpectedAmountFen / 100m).ToString(CultureInfo.InvariantCulture),
        };
    }

    public UpdateLeadRequest ToRequest(Lead lead, ICollection<string> notNumbers)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var amount = StageFieldsInput.Fen(ExpectedAmountYuan, "expected_amount_fen", notNumbers);
        return new UpdateLeadRequest
        {
            Id = lead.Id,
            RequestId = RequestId ?? Guid.NewGuid().ToString(),
            ExpectedVersion = ExpectedVersion,
            OwnerId = lead.OwnerId,
            OwnerName = lead.OwnerName,
            NextAction = NextAction?.Trim() ?? string.Empty,
            NextActionDue = NextActionDue?.Trim() ?? string.Empty,
            ExpectedAmountFen = amount ?? 0,
            HasExpectedAmount = amount is not null,
        };
    }
}
