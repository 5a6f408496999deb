using SpecialtyTowns.Expo.Domain.Bookings;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.UnitTests.Domain.Bookings;

public sealed class BookingRulesTests
{
    private static readonly DateTimeOffset Nine = new(2027, 9, 18, 1, 0, 0, TimeSpan.Zero);
    private static readonly Guid EventId = Guid.NewGuid();

    [Fact]
    public void Candidates_WhenNothingIsChosen_TriesTheEarliestFreeSlotThenTheSmallestTableThatFits()
    {
        var (slots, tables) = (Slots(3), Tables(10, 2, 4, 4));
        var snapshot = Snapshot(slots, tables, seats: 3, partyBusy: [slots[0].Id], taken: [(slots[1].Id, tables[2].Id)]);

        var candidates = BookingRules.Candidates(snapshot, null, null, null, null).ToList();

        Assert.Equal((slots[1].Id, tables[3].Id), (candidates[0].SlotId, candidates[0].TableId));
        Assert.Equal((slots[1].Id, tables[0].Id), (candidates[1].SlotId, candidates[1].TableId));
        Assert.Equal((slots[2].Id, tables[2].Id), (candidates[2].SlotId, candidates[2].TableId));
        Assert.DoesNotContain(candidates, c => c.TableId == tables[1].Id || c.SlotId == slots[0].Id);
    }

    [Fact]
    public void Candidates_WhenSlotAndTableAreChosen_TriesExactlyThemEvenIfTheSnapshotSaysTaken()
    {
        var (slots, tables) = (Slots(1), Tables(4));
        var snapshot = Snapshot(slots, tables, seats: 2, partyBusy: [slots[0].Id], taken: [(slots[0].Id, tables[0].Id)]);

        var candidates = BookingRules.Candidates(snapshot, slots[0], tables[0], null, null).ToList();

        Assert.Equal([new BookingCandidate(slots[0].Id, tables[0].Id, null)], candidates);
    }

    [Fact]
    public void Candidates_WhenTheMeetingNeedsAnInterpreter_SkipsSlotsWhereEveryOneWhoSpeaksItIsTaken()
    {
        var (slots, tables) = (Slots(2), Tables(4));
        var english = Interpreter.Create(EventId, "译员", ["en"]);
        var german = Interpreter.Create(EventId, "Dolmetscher", ["de"]);
        var snapshot = Snapshot(slots, tables, seats: 2, interpreters: [english, german], taken: [(slots[0].Id, english.Id)]);

        var candidate = Assert.Single(BookingRules.Candidates(snapshot, null, null, null, "en"));

        Assert.Equal(new BookingCandidate(slots[1].Id, tables[0].Id, english.Id), candidate);
    }

    [Fact]
    public void EnsureFits_WhenTheTableHasTooFewSeats_NamesTableId()
    {
        var error = Assert.Throws<InvalidValueException>(() => BookingRules.EnsureFits(Tables(3)[0], 4));

        Assert.Equal("table_id", error.Field);
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("de", "en")]
    public void EnsureSpeaks_WhenNotNeededOrNotSpoken_NamesInterpreterId(string? needed, string spoken)
    {
        var interpreter = Interpreter.Create(EventId, "译员", [spoken]);

        var error = Assert.Throws<InvalidValueException>(() => BookingRules.EnsureSpeaks(interpreter, needed));

        Assert.Equal("interpreter_id", error.Field);
    }

    [Theory]
    [InlineData(null, 50, false)]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    public void EnsureWithinLimit_WhenAtTheLimit_RefusesWithMeetingLimit(int? limit, int placed, bool refused)
    {
        var error = Record.Exception(() => BookingRules.EnsureWithinLimit("投资方", limit, placed));

        Assert.Equal(refused, error is BusinessRuleException { Rule: "meeting-limit" });
    }

    [Theory]
    [InlineData("schedule", false, true)]
    [InlineData("schedule", true, false)]
    [InlineData("booking", false, false)]
    public void EnsureMayPlace_WhenAScheduleLockedTheMeeting_LetsOnlyTheOrganizerMoveIt(string placedBy, bool byOrganizer, bool refused)
    {
        var meeting = Meeting.Create(EventId, null, [Guid.NewGuid(), Guid.NewGuid()], null, null, [], null, null, 1, Nine);
        meeting.Place(Guid.NewGuid(), Guid.NewGuid(), null, placedBy, locked: true, Nine);

        var error = Record.Exception(() => BookingRules.EnsureMayPlace(meeting, byOrganizer));

        Assert.Equal(refused, error is BusinessRuleException { Rule: "meeting-locked" });
    }

    [Fact]
    public void EnsureMayPlace_WhenCancelled_RefusesEvenTheOrganizer()
    {
        var meeting = Meeting.Create(EventId, null, [Guid.NewGuid(), Guid.NewGuid()], null, null, [], null, null, 1, Nine);
        meeting.Cancel("取消", Nine);

        var error = Assert.Throws<BusinessRuleException>(() => BookingRules.EnsureMayPlace(meeting, byOrganizer: true));

        Assert.Equal("meeting-cancelled", error.Rule);
    }

    private static List<Slot> Slots(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Slot.Create(EventId, null, Nine.AddMinutes(30 * i), Nine.AddMinutes((30 * i) + 25)))];

    private static List<ExpoTable> Tables(params int[] seats) =>
        [.. seats.Select((s, i) => ExpoTable.Create(EventId, Guid.NewGuid(), $"T{i}", s, null))];

    private static BookingSnapshot Snapshot(
        List<Slot> slots,
        List<ExpoTable> tables,
        int seats,
        Guid[]? partyBusy = null,
        (Guid, Guid)[]? taken = null,
        Interpreter[]? interpreters = null) => new()
        {
            Slots = slots,
            Tables = tables,
            Interpreters = interpreters ?? [],
            Seats = seats,
            UnavailableSlots = new HashSet<Guid>(),
            PartyBusySlots = (partyBusy ?? []).ToHashSet(),
            Taken = (taken ?? []).ToHashSet(),
        };
}
