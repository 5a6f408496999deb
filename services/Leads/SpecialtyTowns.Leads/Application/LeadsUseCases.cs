namespace SpecialtyTowns.Leads.Application;

/// <summary>The lead use cases the gRPC adapter calls, injected as one so the adapter's constructor stays short.</summary>
public sealed record LeadsUseCases(CreateLead Create, GetLead Get, ListLeads List, MoveLeadStage Move, GetTownDirectoryEntry GetTown);
