using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Serialization;
using Xunit;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.Serialization;

public sealed class SchedulingJsonTests
{
    [Fact]
    public void ParseInstance_WhenOptionalFieldsAreAbsent_AppliesTheFormatDefaults()
    {
        const string json = """
            { "slots": [], "tables": [ { "id": "A" } ],
              "participants": [ { "id": "p", "kind": "town" } ],
              "meetings": [ { "id": "m", "parties": ["p", "q"] } ] }
            """;

        var instance = SchedulingJson.ParseInstance(json);

        Assert.Equal(2, instance.Tables[0].Seats);
        Assert.Equal(1, instance.Participants[0].Seats);
        Assert.Null(instance.Participants[0].MaxMeetings);
        Assert.Empty(instance.Participants[0].Unavailable);
        Assert.Equal(1, instance.Meetings[0].Weight);
        Assert.Null(instance.Meetings[0].Fixed);
    }

    [Fact]
    public void Serialize_WhenScheduleHasNoInterpreterOrChanges_UsesCamelCaseAndOmitsNulls()
    {
        var schedule = new Schedule
        {
            Assignments = [new Assignment { Meeting = "m", Slot = "s", Table = "t" }],
            Stats = new ScheduleStats { ScheduledWeight = 3, UpperBound = 4 },
        };

        var json = SchedulingJson.Serialize(schedule);

        Assert.Contains("\"scheduledWeight\": 3", json, StringComparison.Ordinal);
        Assert.Contains("\"upperBound\": 4", json, StringComparison.Ordinal);
        Assert.DoesNotContain("interpreter", json, StringComparison.Ordinal);
        Assert.DoesNotContain("changes", json, StringComparison.Ordinal);
    }
}
