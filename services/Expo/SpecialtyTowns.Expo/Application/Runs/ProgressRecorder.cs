using System.Diagnostics;
using SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>
/// Collects a run's progress from the solver's threads: the best weight so far only rises and the bound only
/// falls, each point timed from the start of the run (building the instance included). Each heartbeat also adds
/// a point, so the live chart moves on while the search is between improvements.
/// </summary>
public sealed class ProgressRecorder : IProgress<ScheduleProgress>
{
    private const int MaxPoints = 2000;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private readonly List<ProgressPoint> _points = [];
    private long _best;
    private long _bound = long.MaxValue;
    private string _phase = "build";

    public void Report(ScheduleProgress value)
    {
        lock (_gate)
        {
            _best = Math.Max(_best, value.BestWeight);
            _bound = Math.Max(_best, Math.Min(_bound, value.Bound));
            _phase = value.Phase;
            Add();
        }
    }

    /// <summary>A point at the current time with the values known so far (nothing before the first report).</summary>
    public void Tick()
    {
        lock (_gate)
        {
            if (_bound != long.MaxValue)
            {
                Add();
            }
        }
    }

    public IReadOnlyList<ProgressPoint> Snapshot()
    {
        lock (_gate)
        {
            return [.. _points];
        }
    }

    private void Add()
    {
        if (_points.Count >= MaxPoints)
        {
            // Long runs keep every other point, so the chart still spans the whole run.
            var kept = _points.Where((_, i) => i % 2 == 0).ToList();
            _points.Clear();
            _points.AddRange(kept);
        }

        _points.Add(new ProgressPoint((long)_clock.Elapsed.TotalMilliseconds, _best, _bound, _phase));
    }
}
