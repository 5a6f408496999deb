namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <param name="SlotOf">Slot per meeting, or null when CP-SAT found nothing to use.</param>
/// <param name="Interpreting">z variables set to one: interpreter, slot and language.</param>
/// <param name="UpperBound">CP-SAT's proven bound on the weight.</param>
/// <param name="ProvenAfter">When the weight was proven optimal, counted from the start of the search.</param>
internal sealed record CpSatResult(
    int[]? SlotOf,
    IReadOnlySet<(int Interpreter, int Slot, int Language)> Interpreting,
    long UpperBound,
    bool Optimal,
    TimeSpan? ProvenAfter = null);
