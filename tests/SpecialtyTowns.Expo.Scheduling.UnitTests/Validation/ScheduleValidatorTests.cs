using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;
using SpecialtyTowns.Expo.Scheduling.Validation;
using Xunit;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.Validation;

public sealed class ScheduleValidatorTests
{
    private const string S1 = "d1-0900";
    private const string S2 = "d1-0925";

    private readonly ScheduleValidator _validator = new();

    private static Instance Instance() => new InstanceBuilder()
        .Slots(2)
        .Table("A", 4).Table("B", 2)
        .Person("inv", maxMeetings: 1).Person("town", ParticipantKinds.Town, 2, null, S2).Person("ent", ParticipantKinds.Enterprise)
        .Interpreter("int-en", "en").Person("org", ParticipantKinds.Organizer)
        .Meeting("m1", ["inv", "town"])
        .Meeting("m2", ["ent", "org"], language: "en")
        .Meeting("m3", ["town", "ent"], fixedAt: InstanceBuilder.At(S1, "A"))
        .Build();

    private static Schedule With(params Assignment[] assignments)
    {
        var placed = assignments.Select(a => a.Meeting).ToHashSet();
        return new Schedule
        {
            Assignments = assignments,
            Unscheduled = [.. new[] { "m1", "m2", "m3" }.Where(m => !placed.Contains(m)).Select(m => new UnscheduledMeeting { Meeting = m, Reason = "test" })],
        };
    }

    private static Assignment A(string meeting, string slot, string table, string? interpreter = null) =>
        new() { Meeting = meeting, Slot = slot, Table = table, Interpreter = interpreter };

    [Fact]
    public void Validate_WhenScheduleKeepsAllRules_ReturnsNoViolation()
    {
        var schedule = With(A("m3", S1, "A"), A("m2", S2, "A", "int-en"));

        var violations = _validator.Validate(Instance(), schedule);

        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_WhenParticipantAttendsTwoMeetingsInOneSlot_ReportsRule1()
    {
        var schedule = With(A("m3", S1, "A"), A("m2", S1, "B", "int-en"));

        var violations = _validator.Validate(Instance(), schedule);

        Assert.Contains(violations, v => v.Rule == 1 && v.Message.Contains("ent", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WhenTableHostsTwoMeetingsInOneSlot_ReportsRule2()
    {
        var schedule = With(A("m3", S1, "A"), A("m1", S2, "A"), A("m2", S2, "A", "int-en"));

        var violations = _validator.Validate(Instance() with { Participants = [.. Instance().Participants.Select(p => p with { Unavailable = [] })] }, schedule);

        Assert.Contains(violations, v => v.Rule == 2 && v.Message.Contains("table A", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WhenPartyIsUnavailable_ReportsRule3()
    {
        var schedule = With(A("m3", S1, "A"), A("m1", S2, "A"));

        var violations = _validator.Validate(Instance(), schedule);

        Assert.Contains(violations, v => v.Rule == 3 && v.Message.Contains("town", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WhenParticipantExceedsMaxMeetings_ReportsRule4()
    {
        var instance = Instance() with
        {
            Meetings = [.. Instance().Meetings, new Meeting { Id = "m4", Parties = ["inv", "org"] }],
        };
        var schedule = With(A("m3", S1, "A"), A("m4", S1, "B"), A("m1", S2, "A")) with
        {
            Unscheduled = [new UnscheduledMeeting { Meeting = "m2", Reason = "test" }],
        };

        var violations = _validator.Validate(instance, schedule);

        Assert.Contains(violations, v => v.Rule == 4 && v.Message.Contains("inv has 2 meetings", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WhenTableIsTooSmall_ReportsRule5()
    {
        var schedule = With(A("m3", S1, "A"), A("m2", S2, "B", "int-en"));

        var violations = _validator.Validate(Instance(), schedule);

        Assert.Contains(violations, v => v.Rule == 5 && v.Message.Contains("needs 3 seats", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WhenFixedMeetingIsElsewhere_ReportsRule6()
    {
        var schedule = With(A("m3", S1, "B"));

        var violations = _validator.Validate(Instance(), schedule);

        Assert.Contains(violations, v => v.Rule == 6 && v.Message.Contains("m3", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WhenFixedMeetingIsUnscheduled_ReportsRule6()
    {
        var schedule = With();

        var violations = _validator.Validate(Instance(), schedule);

        Assert.Contains(violations, v => v.Rule == 6 && v.Message.Contains("not scheduled", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "has none")]
    [InlineData("org", "is not a 'en' interpreter")]
    public void Validate_WhenInterpreterIsMissingOrWrong_ReportsRule7(string? interpreter, string expected)
    {
        var schedule = With(A("m3", S1, "A"), A("m2", S2, "A", interpreter));

        var violations = _validator.Validate(Instance(), schedule);

        Assert.Contains(violations, v => v.Rule == 7 && v.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WhenMeetingWithoutLanguageGetsInterpreter_ReportsRule7()
    {
        var schedule = With(A("m3", S1, "A", "int-en"));

        var violations = _validator.Validate(Instance(), schedule);

        Assert.Contains(violations, v => v.Rule == 7 && v.Message.Contains("needs no interpreter", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WhenMeetingIsMissingOrDuplicated_ReportsCompleteness()
    {
        var schedule = new Schedule
        {
            Assignments = [A("m3", S1, "A"), A("m3", S1, "A")],
            Unscheduled = [new UnscheduledMeeting { Meeting = "m2", Reason = "" }],
        };

        var violations = _validator.Validate(Instance(), schedule);

        Assert.Contains(violations, v => v.Rule == 0 && v.Message.Contains("m1 appears 0 times", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Rule == 0 && v.Message.Contains("m3 appears 2 times", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Rule == 0 && v.Message.Contains("m2 has no reason", StringComparison.Ordinal));
    }
}
