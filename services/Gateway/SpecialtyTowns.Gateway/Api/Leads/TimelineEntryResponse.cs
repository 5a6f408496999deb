namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>One timeline entry: a stage change (type "stage-change": from, to, note) or an activity (its kind, text, internal).</summary>
public sealed record TimelineEntryResponse(string Type, DateTimeOffset At, string Actor)
{
    public string? From { get; init; }

    public string? To { get; init; }

    public string? Note { get; init; }

    public ActivityResponse? Activity { get; init; }
}
