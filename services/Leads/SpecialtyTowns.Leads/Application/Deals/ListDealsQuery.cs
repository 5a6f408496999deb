namespace SpecialtyTowns.Leads.Application.Deals;

/// <summary>Which deals to list: one town's (admins any, towns their own), signed within [SignedFrom, SignedTo].</summary>
public sealed record ListDealsQuery(Guid? TownId, DateOnly? SignedFrom, DateOnly? SignedTo, int Offset, int Size);
