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

    private static List<ExpoTable> Tables(params int[] seats) =>
        [.. seats.Select((s, i) => ExpoTable.Create(EventId, Guid.NewGuid(), $"T{i}", s, null))];
}
