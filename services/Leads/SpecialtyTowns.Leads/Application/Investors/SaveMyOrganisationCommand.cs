using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Leads.Application.Investors;

/// <param name="ExpectedVersion">The version the edit was made on; 0 for the first save (or no check).</param>
public sealed record SaveMyOrganisationCommand(string? RequestId, int ExpectedVersion, OrganisationProfile Profile) : IIdempotentCommand;
