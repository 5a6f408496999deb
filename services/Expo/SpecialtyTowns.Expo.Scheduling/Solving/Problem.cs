using SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// An instance turned into dense indices, so the solvers work on arrays instead of dictionaries.
/// Built only from an instance that passed structural validation.
/// </summary>
internal sealed class Problem
{
    public const int None = -1;

    public Problem(Instance instance, TimeZoneInfo? timeZone)
    {
        Source = instance;
        SlotIds = [.. instance.Slots.Select(s => s.Id)];
        TableIds = [.. instance.Tables.Select(t => t.Id)];
        TableSeats = [.. instance.Tables.Select(t => t.Seats)];
        ParticipantIds = [.. instance.Participants.Select(p => p.Id)];
        MeetingIds = [.. instance.Meetings.Select(m => m.Id)];
        SlotIndex = Index(SlotIds);
        TableIndex = Index(TableIds);
        ParticipantIndex = Index(ParticipantIds);
        MeetingIndex = Index(MeetingIds);

        var days = instance.Slots
            .Select(s => (timeZone is null ? s.Start : TimeZoneInfo.ConvertTime(s.Start, timeZone)).Date)
            .ToArray();
        var distinctDays = days.Distinct().Order().ToList();
        SlotDay = [.. days.Select(d => distinctDays.IndexOf(d))];
        DaySlots = [.. distinctDays.Select((_, d) => Enumerable.Range(0, SlotCount).Where(s => SlotDay[s] == d).ToArray())];

        var participants = instance.Participants;
        IsInterpreter = [.. participants.Select(p => p.Kind == ParticipantKinds.Interpreter)];
        Seats = [.. participants.Select(p => p.Seats)];
        MaxMeetings = [.. participants.Select(p => p.MaxMeetings ?? int.MaxValue)];
        Unavailable = [.. participants.Select(p =>
        {
            var row = new bool[SlotCount];
            foreach (var slot in p.Unavailable ?? [])
            {
                row[SlotIndex[slot]] = true;
            }

            return row;
        })];

        Languages = [.. participants.Where(p => p.Kind == ParticipantKinds.Interpreter)
            .SelectMany(p => p.Languages ?? []).Distinct(StringComparer.Ordinal)];
        var languageIndex = Index(Languages);
        InterpreterLanguages = [.. participants.Select(p => p.Kind == ParticipantKinds.Interpreter
            ? (p.Languages ?? []).Distinct(StringComparer.Ordinal).Select(l => languageIndex[l]).ToArray()
            : [])];
        InterpretersOfLanguage = [.. Languages.Select((_, l) =>
            Enumerable.Range(0, ParticipantCount).Where(p => InterpreterLanguages[p].Contains(l)).ToArray())];

        var meetings = instance.Meetings;
        Parties = [.. meetings.Select(m => m.Parties.Select(p => ParticipantIndex[p]).ToArray())];
        Weight = [.. meetings.Select(m => m.Weight)];
        Language = [.. meetings.Select(m => m.Interpreter is null ? None : languageIndex.GetValueOrDefault(m.Interpreter, None))];
        Required = [.. meetings.Select((m, i) => Parties[i].Sum(p => Seats[p]) + (m.Interpreter is null ? 0 : 1))];
        FixedSlot = [.. meetings.Select(m => m.Fixed is null ? None : SlotIndex.GetValueOrDefault(m.Fixed.Slot, None))];
        FixedTable = [.. meetings.Select(m => m.Fixed is null ? None : TableIndex.GetValueOrDefault(m.Fixed.Table, None))];
        MeetingsOfParticipant = [.. Enumerable.Range(0, ParticipantCount).Select(_ => new List<int>())];
        for (var m = 0; m < MeetingCount; m++)
        {
            foreach (var p in Parties[m])
            {
                MeetingsOfParticipant[p].Add(m);
            }
        }

        FixedMeetingAt = [.. Enumerable.Range(0, ParticipantCount).Select(_ => Enumerable.Repeat(None, SlotCount).ToArray())];
        var fixedTableAt = Enumerable.Range(0, TableCount).Select(_ => new bool[SlotCount]).ToArray();
        for (var m = 0; m < MeetingCount; m++)
        {
            if (FixedSlot[m] == None || FixedTable[m] == None)
            {
                continue;
            }

            fixedTableAt[FixedTable[m]][FixedSlot[m]] = true;
            foreach (var p in Parties[m])
            {
                FixedMeetingAt[p][FixedSlot[m]] = m;
            }
        }

        _largestFreeTable = [.. Enumerable.Range(0, SlotCount).Select(s =>
            Enumerable.Range(0, TableCount).Where(t => !fixedTableAt[t][s]).Select(t => TableSeats[t]).DefaultIfEmpty(0).Max())];
        CandidateSlots = [.. Enumerable.Range(0, MeetingCount).Select(ComputeCandidates)];
    }

    private readonly int[] _largestFreeTable;

    public Instance Source { get; }

    public int SlotCount => SlotIds.Length;

    public int TableCount => TableIds.Length;

    public int ParticipantCount => ParticipantIds.Length;

    public int MeetingCount => MeetingIds.Length;

    public int DayCount => DaySlots.Length;

    public string[] SlotIds { get; }

    public int[] SlotDay { get; }

    public int[][] DaySlots { get; }

    public string[] TableIds { get; }

    public int[] TableSeats { get; }

    public string[] ParticipantIds { get; }

    public bool[] IsInterpreter { get; }

    public int[] Seats { get; }

    public int[] MaxMeetings { get; }

    public bool[][] Unavailable { get; }

    public string[] Languages { get; }

    public int[][] InterpreterLanguages { get; }

    public int[][] InterpretersOfLanguage { get; }

    public string[] MeetingIds { get; }

    public int[][] Parties { get; }

    public int[] Weight { get; }

    /// <summary>Index into <see cref="Languages"/>, or <see cref="None"/> when no interpreter is needed.</summary>
    public int[] Language { get; }

    /// <summary>Seats the meeting needs: its parties' plus one for its interpreter.</summary>
    public int[] Required { get; }

    public int[] FixedSlot { get; }

    public int[] FixedTable { get; }

    public List<int>[] MeetingsOfParticipant { get; }

    /// <summary>The fixed meeting a participant attends as a party in a slot, or <see cref="None"/>.</summary>
    public int[][] FixedMeetingAt { get; }

    /// <summary>Slots a meeting could use if nothing else were scheduled (fixed meetings excepted).</summary>
    public int[][] CandidateSlots { get; }

    public Dictionary<string, int> SlotIndex { get; }

    public Dictionary<string, int> TableIndex { get; }

    public Dictionary<string, int> ParticipantIndex { get; }

    public Dictionary<string, int> MeetingIndex { get; }

    public bool IsFixed(int meeting) => FixedSlot[meeting] != None;

    public bool IsAvailable(int participant, int slot) => !Unavailable[participant][slot];

    /// <summary>True when every party can attend the slot, ignoring other meetings.</summary>
    public bool PartiesAvailable(int meeting, int slot) => Parties[meeting].All(p => !Unavailable[p][slot]);

    public bool CanInterpret(int interpreter, int meeting, int slot) =>
        !Unavailable[interpreter][slot] && FixedMeetingAt[interpreter][slot] == None && !Parties[meeting].Contains(interpreter);

    public long TotalWeight() => Weight.Sum(w => (long)w);

    private int[] ComputeCandidates(int meeting)
    {
        if (IsFixed(meeting))
        {
            return [FixedSlot[meeting]];
        }

        var candidates = new List<int>();
        for (var s = 0; s < SlotCount; s++)
        {
            if (!PartiesAvailable(meeting, s) || !TableCouldFit(meeting, s) || BlockedByFixed(meeting, s))
            {
                continue;
            }

            var language = Language[meeting];
            if (language != None && !InterpretersOfLanguage[language].Any(i => CanInterpret(i, meeting, s)))
            {
                continue;
            }

            candidates.Add(s);
        }

        return [.. candidates];
    }

    private bool TableCouldFit(int meeting, int slot) => Required[meeting] <= _largestFreeTable[slot];

    private bool BlockedByFixed(int meeting, int slot) =>
        Parties[meeting].Any(p => FixedMeetingAt[p][slot] != None);

    private static Dictionary<string, int> Index(string[] ids)
    {
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            index[ids[i]] = i;
        }

        return index;
    }
}
