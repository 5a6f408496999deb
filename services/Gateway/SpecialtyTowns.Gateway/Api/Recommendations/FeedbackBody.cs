namespace SpecialtyTowns.Gateway.Api.Recommendations;

/// <summary>
/// Feedback on a recommendation. Investor: kind project, town or gap and itemId the offer. Town,
/// enterprise or admin: kind investor, itemId the organisation, and exactly one of projectId, gapId,
/// townId (the offer the list was for). Action not-interested, save, unsave, clear, express-interest,
/// request-meeting (eventId: an expo event that is not over).
/// </summary>
public sealed record FeedbackBody(
    string? Action,
    string? Kind,
    Guid? ItemId,
    Guid? ProjectId = null,
    Guid? GapId = null,
    Guid? TownId = null,
    Guid? EventId = null,
    string? Message = null,
    Guid? ImpressionId = null);
