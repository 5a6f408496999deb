using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;
using SpecialtyTowns.Expo.Scheduling.Validation;
using Xunit;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.Validation;

public sealed class InstanceValidatorTests
{
    private const string S1 = "d1-0900";
    private const string S2 = "d1-0925";

    private static InstanceBuilder Valid() => new InstanceBuilder().Slots(2).Table("A", 4).Table("B", 2)
        .Person("inv", maxMeetings: 1).Person("town", ParticipantKinds.Town, 2, null, S2).Person("ent", ParticipantKinds.Enterprise)
        .Interpreter("int-en", "en");

    public static TheoryData<string, Instance> BadInstances()
    {
        var valid = Valid().Meeting("m1", ["inv", "town"]).Build();
        return new TheoryData<string, Instance>
        {
            { "unknown participant 'ghost'", Valid().Meeting("m1", ["inv", "ghost"]).Build() },
            { "duplicate meeting id 'm1'", Valid().Meeting("m1", ["inv", "town"]).Meeting("m1", ["inv", "ent"]).Build() },
            { "duplicate participant id 'inv'", valid with { Participants = [.. valid.Participants, new Participant { Id = "inv", Kind = "town" }] } },
            { "duplicate slot id 'd1-0900'", valid with { Slots = [valid.Slots[0], valid.Slots[0] with { Start = valid.Slots[1].Start, End = valid.Slots[1].End }] } },
            { "duplicate table id 'A'", valid with { Tables = [.. valid.Tables, new Table { Id = "A" }] } },
            { "slots d1-0900 and late overlap", valid with { Slots = [valid.Slots[0], new Slot { Id = "late", Start = valid.Slots[0].Start.AddMinutes(10), End = valid.Slots[0].End.AddMinutes(10) }] } },
            { "slots out of order: d1-0900 starts before d1-0925", valid with { Slots = [valid.Slots[1], valid.Slots[0]] } },
            { "slot x does not end after it starts", valid with { Slots = [.. valid.Slots, new Slot { Id = "x", Start = valid.Slots[1].End, End = valid.Slots[1].End }] } },
            { "meeting m1 has fewer than two parties", Valid().Meeting("m1", ["inv"]).Build() },
            { "meeting m1 lists inv twice", Valid().Meeting("m1", ["inv", "inv"]).Build() },
            { "meeting m1 has non-positive weight 0", Valid().Meeting("m1", ["inv", "town"], 0).Build() },
            { "participant spy has unknown kind 'spy'", valid with { Participants = [.. valid.Participants, new Participant { Id = "spy", Kind = "spy" }] } },
            { "needs a 'fr' interpreter but no interpreter speaks 'fr'", Valid().Meeting("m1", ["inv", "town"], language: "fr").Build() },
            { "unavailable in unknown slot 'd9'", valid with { Participants = [.. valid.Participants, new Participant { Id = "p", Kind = "town", Unavailable = ["d9"] }] } },
            { "table T has 0 seats", valid with { Tables = [.. valid.Tables, new Table { Id = "T", Seats = 0 }] } },
            { "unknown timeZone 'Mars/Olympus'", valid with { TimeZone = "Mars/Olympus" } },
            { "fixed meeting m1 names unknown slot 'd9'", Valid().Meeting("m1", ["inv", "town"], fixedAt: InstanceBuilder.At("d9", "A")).Build() },
            { "fixed meeting m1 names unknown table 'Z'", Valid().Meeting("m1", ["inv", "town"], fixedAt: InstanceBuilder.At(S1, "Z")).Build() },
            { "fixed meetings m1 and m2 both need inv in slot d1-0900", Valid().Meeting("m1", ["inv", "town"], fixedAt: InstanceBuilder.At(S1, "A")).Meeting("m2", ["inv", "ent"], fixedAt: InstanceBuilder.At(S1, "B")).Build() },
            { "fixed meetings m1 and m2 both use table A in slot d1-0900", Valid().Meeting("m1", ["inv", "town"], fixedAt: InstanceBuilder.At(S1, "A")).Meeting("m2", ["ent", "int-en"], fixedAt: InstanceBuilder.At(S1, "A")).Build() },
            { "fixed meeting m1 is in slot d1-0925 where town is unavailable", Valid().Meeting("m1", ["inv", "town"], fixedAt: InstanceBuilder.At(S2, "A")).Build() },
            { "inv has 2 fixed meetings but maxMeetings 1", Valid().Meeting("m1", ["inv", "town"], fixedAt: InstanceBuilder.At(S1, "A")).Meeting("m2", ["inv", "ent"], fixedAt: InstanceBuilder.At(S2, "A")).Build() },
            { "fixed meeting m1 needs 3 seats but table B has 2", Valid().Meeting("m1", ["inv", "town"], fixedAt: InstanceBuilder.At(S1, "B")).Build() },
            { "fixed meeting m2 needs a 'en' interpreter in slot d1-0900 but none is free then", Valid().Meeting("m1", ["inv", "ent"], language: "en", fixedAt: InstanceBuilder.At(S1, "A")).Meeting("m2", ["town", "int-en"], language: "en", fixedAt: InstanceBuilder.At(S1, "B")).Build() },
        };
    }

    [Theory]
    [MemberData(nameof(BadInstances))]
    public void Validate_WhenInstanceIsBad_ThrowsNamingTheProblem(string expected, Instance instance)
    {
        var error = Assert.Throws<InstanceException>(() => InstanceValidator.Validate(instance));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void MissingParts_WhenInstanceIsEmpty_NamesSlotsAndMeetings()
    {
        var missing = InstanceValidator.MissingParts(new Instance());

        Assert.Equal(["slots", "meetings"], missing);
    }

    [Fact]
    public void MissingParts_WhenInstanceHasSlotsAndMeetings_IsEmpty()
    {
        var missing = InstanceValidator.MissingParts(Valid().Meeting("m1", ["inv", "town"]).Build());

        Assert.Empty(missing);
    }

    [Fact]
    public void Validate_WhenInstanceHasNoMeetings_ThrowsNamingThem()
    {
        var error = Assert.Throws<InstanceException>(() => InstanceValidator.Validate(Valid().Build()));

        Assert.Contains("no meetings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenInstanceIsConsistent_DoesNotThrow()
    {
        var instance = Valid().Meeting("m1", ["inv", "town"], fixedAt: InstanceBuilder.At(S1, "A")).Meeting("m2", ["ent", "town"], language: "en").Build();

        var error = Record.Exception(() => InstanceValidator.Validate(instance));

        Assert.Null(error);
    }

    [Fact]
    public void Solve_WhenInstanceIsBad_ThrowsInstanceException()
    {
        var instance = Valid().Meeting("m1", ["inv"]).Build();

        var error = Assert.Throws<InstanceException>(() => new MeetingScheduler().Solve(instance));

        Assert.Contains("fewer than two parties", error.Message, StringComparison.Ordinal);
    }
}
