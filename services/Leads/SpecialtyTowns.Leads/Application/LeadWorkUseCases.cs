namespace SpecialtyTowns.Leads.Application;

/// <summary>The use cases of a town's daily work on its leads, injected as one into the gRPC adapter.</summary>
public sealed record LeadWorkUseCases(
    ReopenLead Reopen,
    UpdateLead Update,
    AddLeadActivity AddActivity,
    GetLeadTimeline Timeline,
    ListFollowUps FollowUps,
    LostReasonsOfTown LostReasons);
