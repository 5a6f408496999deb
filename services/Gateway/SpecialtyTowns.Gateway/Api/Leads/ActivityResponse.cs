namespace SpecialtyTowns.Gateway.Api.Leads;

public sealed record ActivityResponse(string Id, string LeadId, string Kind, DateTimeOffset OccurredAt, string Text, bool Internal, string Actor, DateTimeOffset RecordedAt);
