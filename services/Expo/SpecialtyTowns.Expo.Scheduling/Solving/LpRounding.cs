namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// A schedule read off the LP solution: meetings go to the slots the LP gives them most of, then whatever still fits.
/// Where the LP is nearly integral (popular hosts: which of a host's many requests it keeps is the hard choice, and the LP
/// makes it) this lands at or next to the optimum at once.
/// </summary>
internal static class LpRounding
{
    public static Occupancy Build(Problem problem, LagrangianBound certificate)
    {
        var model = new CpSatModel(problem);
        var occupancy = new Occupancy(problem);
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            if (problem.IsFixed(m))
            {
                occupancy.TryPlace(m, problem.FixedSlot[m]);
            }
        }

        var order = Enumerable.Range(0, problem.MeetingCount)
            .SelectMany(m => model.X[m].Select((v, k) => (Meeting: m, Slot: model.Slots[m][k], Value: v < certificate.Primal.Length ? certificate.Primal[v] : 0)))
            .Where(c => c.Value > 0.01)
            .OrderByDescending(c => c.Value)
            .ThenByDescending(c => problem.Weight[c.Meeting]);
        foreach (var (m, s, _) in order)
        {
            if (!occupancy.IsPlaced(m))
            {
                occupancy.TryPlace(m, s);
            }
        }

        GreedyScheduler.Fill(problem, occupancy, null);
        return occupancy;
    }
}
