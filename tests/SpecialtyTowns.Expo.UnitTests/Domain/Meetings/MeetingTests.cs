using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.UnitTests.Domain.Meetings;

public sealed class MeetingTests
{
    private static readonly DateTimeOffset Nine = new(2027, 9, 18, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Place_WhenTimeOrPlaceChanges_RaisesTheCalendarSequenceOnlyThen()
    {
        var meeting = NewMeeting();
        var slot = Guid.NewGuid();
        var table = Guid.NewGuid();
        meeting.Place(slot, table, null, "booking", locked: false, Nine);
        var placed = meeting.CalendarSequence;

        meeting.Place(slot, table, null, "schedule", locked: true, Nine);
        meeting.SetLocked(false);
        var samePlace = meeting.CalendarSequence;
        meeting.Place(slot, Guid.NewGuid(), null, "booking", locked: false, Nine);

        Assert.Equal(1, placed);
        Assert.Equal(placed, samePlace);
        Assert.Equal(placed + 1, meeting.CalendarSequence);
    }

    [Fact]
    public void Cancel_WhenPlaced_RaisesTheCalendarSequence()
    {
        var meeting = NewMeeting();
        meeting.Place(Guid.NewGuid(), Guid.NewGuid(), null, "booking", locked: false, Nine);
        var before = meeting.CalendarSequence;

        meeting.Cancel("取消", Nine);

        Assert.True(meeting.CalendarSequence > before);
        Assert.Equal(MeetingStatuses.Cancelled, meeting.Status);
    }

    [Fact]
    public void MarkNoShow_WhenScheduled_KeepsSlotAndTableAndFreesTheOccupancy()
    {
        var meeting = NewMeeting();
        var slot = Guid.NewGuid();
        var table = Guid.NewGuid();
        meeting.Place(slot, table, null, "booking", locked: false, Nine);

        meeting.MarkNoShow(Nine);

        Assert.Equal(MeetingStatuses.NoShow, meeting.Status);
        Assert.Equal(slot, meeting.SlotId);
        Assert.Equal(table, meeting.TableId);
        Assert.Empty(meeting.Occupancy);
    }

    [Fact]
    public void MarkNoShow_WhenNotScheduled_IsRefused()
    {
        var meeting = NewMeeting();

        var error = Record.Exception(() => meeting.MarkNoShow(Nine));

        Assert.Equal("meeting-not-scheduled", Assert.IsType<BusinessRuleException>(error).Rule);
    }

    [Fact]
    public void CheckIn_WhenProvisionalNoShow_ClearsItAndAnswersFalseTheSecondTime()
    {
        var party = NewMeeting().Parties[0];
        party.MarkNoShow(NoShowStates.Provisional, Nine);

        var first = party.CheckIn("desk", Nine.AddMinutes(12));
        var second = party.CheckIn("desk", Nine.AddMinutes(13));

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(NoShowStates.Cleared, party.NoShow);
        Assert.Equal(Nine.AddMinutes(12), party.CheckedInAt);
    }

    private static Meeting NewMeeting() =>
        Meeting.Create(Guid.NewGuid(), null, [Guid.NewGuid(), Guid.NewGuid()], null, null, [], null, null, 1, Nine);
}
