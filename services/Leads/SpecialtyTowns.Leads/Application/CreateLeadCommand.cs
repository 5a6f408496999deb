using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// A new lead. An investor's names only the town (and optionally a project or gap): the organisation is
/// its own. A town's names the organisation by id, or by name and credit code to match or enter.
/// </summary>
public sealed record CreateLeadCommand(string? RequestId, Guid TownId, string Message) : IIdempotentCommand
{
    public Guid? ProjectId { get; init; }

    public Guid? GapId { get; init; }

    public LeadSource? Source { get; init; }

    public Guid? OrganisationId { get; init; }

    public string? OrganisationName { get; init; }

    public string? OrganisationCreditCode { get; init; }

    public OrganisationType OrganisationType { get; init; }

    public Guid? OwnerId { get; init; }

    public string? OwnerName { get; init; }

    public string? NextAction { get; init; }

    public DateOnly? NextActionDue { get; init; }

    public long? ExpectedAmountFen { get; init; }
}
