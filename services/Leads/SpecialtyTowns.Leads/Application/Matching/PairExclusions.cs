namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>
/// What only the database knows about a viewer's pairs, by the other side's id (the offer for an
/// investor, the organisation for a town): excluded (not interested on either side, or a lost lead)
/// and those with a lead that is not lost (shown apart as existing leads, never recommended again).
/// </summary>
public sealed record PairExclusions(IReadOnlySet<Guid> Excluded, IReadOnlyDictionary<Guid, PairLead> Leads)
{
    public bool Excludes(Guid id) => Excluded.Contains(id) || Leads.ContainsKey(id);
}
