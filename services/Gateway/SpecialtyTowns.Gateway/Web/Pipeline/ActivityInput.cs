using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Web.Pipeline;

/// <summary>An activity on a lead's timeline (call, visit, meeting, note), or the town's internal note.</summary>
public sealed class ActivityInput
{
    public string? RequestId { get; set; }

    public string? Kind { get; set; } = "call";

    public string? Text { get; set; }

    public bool Internal { get; set; }

    public AddLeadActivityRequest ToRequest(string leadId, DateTimeOffset now) => new()
    {
        LeadId = leadId,
        RequestId = RequestId ?? Guid.NewGuid().ToString(),
        Kind = Kind?.Trim() ?? string.Empty,
        OccurredAt = Timestamp.FromDateTimeOffset(now),
        Text = Text?.Trim() ?? string.Empty,
        Internal = Internal,
    };
}
