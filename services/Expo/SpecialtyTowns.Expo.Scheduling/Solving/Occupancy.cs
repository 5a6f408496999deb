namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// A schedule under construction: who is busy when, which table hosts what, and every meeting's place.
/// All placements go through it so rules 1-5 and 7 hold at every step.
/// </summary>
internal sealed class Occupancy
{
    private const int None = Problem.None;
    private readonly Problem _problem;
    private readonly int[][] _attending;
    private readonly int[][] _hosting;
    private readonly int[] _count;
    private readonly int[] _tablesBySeats;

    public Occupancy(Problem problem)
    {
        _problem = problem;
        _attending = [.. Enumerable.Range(0, problem.ParticipantCount).Select(_ => Filled(problem.SlotCount))];
        _hosting = [.. Enumerable.Range(0, problem.TableCount).Select(_ => Filled(problem.SlotCount))];
        _count = new int[problem.ParticipantCount];
        _tablesBySeats = [.. Enumerable.Range(0, problem.TableCount).OrderBy(t => problem.TableSeats[t]).ThenBy(t => t)];
        SlotOf = Filled(problem.MeetingCount);
        TableOf = Filled(problem.MeetingCount);
        InterpreterOf = Filled(problem.MeetingCount);
    }

    public int[] SlotOf { get; }

    public int[] TableOf { get; }

    public int[] InterpreterOf { get; }

    public bool IsPlaced(int meeting) => SlotOf[meeting] != None;

    public int Count(int participant) => _count[participant];

    public bool AtLimit(int participant) => _count[participant] >= _problem.MaxMeetings[participant];

    /// <summary>The meeting the participant attends (or interprets) in the slot, or <see cref="Problem.None"/>.</summary>
    public int AttendingAt(int participant, int slot) => _attending[participant][slot];

    public int HostedAt(int table, int slot) => _hosting[table][slot];

    public bool IsFree(int participant, int slot) =>
        _attending[participant][slot] == None && !_problem.Unavailable[participant][slot];

    public bool PartiesFree(int meeting, int slot)
    {
        foreach (var p in _problem.Parties[meeting])
        {
            if (!IsFree(p, slot) || AtLimit(p))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The preferred table when it is free and fits, else the smallest free table that fits (best fit keeps large tables for large meetings).</summary>
    public int FindTable(int meeting, int slot, int preferred = None)
    {
        var required = _problem.Required[meeting];
        if (preferred != None && _hosting[preferred][slot] == None && _problem.TableSeats[preferred] >= required)
        {
            return preferred;
        }

        foreach (var t in _tablesBySeats)
        {
            if (_hosting[t][slot] == None && _problem.TableSeats[t] >= required)
            {
                return t;
            }
        }

        return None;
    }

    /// <summary>A free interpreter for the meeting's language, preferring the least versatile so versatile ones stay available.</summary>
    public int FindInterpreter(int meeting, int slot, int preferred = None)
    {
        var language = _problem.Language[meeting];
        if (language == None)
        {
            return None;
        }

        if (preferred != None && CanInterpretNow(preferred, meeting, slot) && _problem.InterpreterLanguages[preferred].Contains(language))
        {
            return preferred;
        }

        var best = None;
        foreach (var i in _problem.InterpretersOfLanguage[language])
        {
            if (CanInterpretNow(i, meeting, slot) && (best == None || Better(i, best)))
            {
                best = i;
            }
        }

        return best;
    }

    public bool TryPlace(int meeting, int slot, int preferredTable = None, int preferredInterpreter = None)
    {
        if (!PartiesFree(meeting, slot))
        {
            return false;
        }

        var table = _problem.IsFixed(meeting) ? _problem.FixedTable[meeting] : FindTable(meeting, slot, preferredTable);
        if (table == None || _hosting[table][slot] != None)
        {
            return false;
        }

        var interpreter = FindInterpreter(meeting, slot, preferredInterpreter);
        if (_problem.Language[meeting] != None && interpreter == None)
        {
            return false;
        }

        Place(meeting, slot, table, interpreter);
        return true;
    }

    public void Place(int meeting, int slot, int table, int interpreter)
    {
        SlotOf[meeting] = slot;
        TableOf[meeting] = table;
        InterpreterOf[meeting] = interpreter;
        _hosting[table][slot] = meeting;
        foreach (var p in _problem.Parties[meeting])
        {
            _attending[p][slot] = meeting;
            _count[p]++;
        }

        if (interpreter != None)
        {
            _attending[interpreter][slot] = meeting;
            _count[interpreter]++;
        }
    }

    public void Remove(int meeting)
    {
        var slot = SlotOf[meeting];
        if (slot == None)
        {
            return;
        }

        _hosting[TableOf[meeting]][slot] = None;
        foreach (var p in _problem.Parties[meeting])
        {
            _attending[p][slot] = None;
            _count[p]--;
        }

        if (InterpreterOf[meeting] != None)
        {
            _attending[InterpreterOf[meeting]][slot] = None;
            _count[InterpreterOf[meeting]]--;
        }

        SlotOf[meeting] = None;
        TableOf[meeting] = None;
        InterpreterOf[meeting] = None;
    }

    public long Weight()
    {
        long weight = 0;
        for (var m = 0; m < _problem.MeetingCount; m++)
        {
            weight += IsPlaced(m) ? _problem.Weight[m] : 0;
        }

        return weight;
    }

    public int IdleSlots()
    {
        var idle = 0;
        for (var p = 0; p < _problem.ParticipantCount; p++)
        {
            foreach (var daySlots in _problem.DaySlots)
            {
                idle += IdleInDay(p, daySlots);
            }
        }

        return idle;
    }

    /// <summary>Slots of the day between the participant's first and last meeting in which it has none.</summary>
    public int IdleInDay(int participant, int[] daySlots)
    {
        int first = None, last = None, busy = 0;
        for (var k = 0; k < daySlots.Length; k++)
        {
            if (_attending[participant][daySlots[k]] != None)
            {
                first = first == None ? k : first;
                last = k;
                busy++;
            }
        }

        return busy == 0 ? 0 : last - first + 1 - busy;
    }

    private bool CanInterpretNow(int interpreter, int meeting, int slot) =>
        IsFree(interpreter, slot) && !AtLimit(interpreter) && !_problem.Parties[meeting].Contains(interpreter);

    private bool Better(int candidate, int incumbent)
    {
        var languages = _problem.InterpreterLanguages;
        if (languages[candidate].Length != languages[incumbent].Length)
        {
            return languages[candidate].Length < languages[incumbent].Length;
        }

        var slackCandidate = (long)_problem.MaxMeetings[candidate] - _count[candidate];
        var slackIncumbent = (long)_problem.MaxMeetings[incumbent] - _count[incumbent];
        return slackCandidate > slackIncumbent;
    }

    private static int[] Filled(int length) => Enumerable.Repeat(None, length).ToArray();
}
