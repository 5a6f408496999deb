using System.Text.Json;
using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests;

[Collection(ExpoCollection.Name)]
public sealed class SolveScheduleTests(ExpoHost host)
{
    /// <summary>Two slots, one table, three meetings of which only two fit: the optimum is 5.</summary>
    private const string SmallInstance = """
        {
          "event": "首届山西特色专业镇投资贸易博览会",
          "timeZone": "Asia/Shanghai",
          "slots": [
            { "id": "d1-0900", "start": "2023-06-28T09:00:00+08:00", "end": "2023-06-28T09:20:00+08:00" },
            { "id": "d1-0925", "start": "2023-06-28T09:25:00+08:00", "end": "2023-06-28T09:45:00+08:00" }
          ],
          "tables": [ { "id": "A01", "seats": 4 } ],
          "participants": [
            { "id": "inv-001", "kind": "investor" },
            { "id": "inv-002", "kind": "investor" },
            { "id": "town-dingxiang", "kind": "town" }
          ],
          "meetings": [
            { "id": "m-1", "parties": [ "inv-001", "town-dingxiang" ], "weight": 3 },
            { "id": "m-2", "parties": [ "inv-002", "town-dingxiang" ], "weight": 2 },
            { "id": "m-3", "parties": [ "inv-001", "inv-002" ], "weight": 1 }
          ]
        }
        """;

    [Theory]
    [InlineData("organizer")]
    [InlineData("admin")]
    public async Task SolveSchedule_WhenSmallInstance_ReturnsTheOptimalSchedule(string role)
    {
        var response = await Client(TestCaller.OfRole(role)).SolveScheduleAsync(new SolveScheduleRequest { InstanceJson = SmallInstance, TimeLimitSeconds = 5 });

        using var schedule = JsonDocument.Parse(response.ScheduleJson);
        var root = schedule.RootElement;
        Assert.Equal(["m-1", "m-2"], root.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("meeting").GetString()).Order());
        Assert.Equal("m-3", Assert.Single(root.GetProperty("unscheduled").EnumerateArray()).GetProperty("meeting").GetString());
        Assert.Equal(5, root.GetProperty("stats").GetProperty("scheduledWeight").GetInt32());
    }

    [Fact]
    public async Task SolveSchedule_WhenGivenThePreviousSchedule_KeepsItsMeetings()
    {
        var client = Client(TestCaller.Organizer());
        var first = await client.SolveScheduleAsync(new SolveScheduleRequest { InstanceJson = SmallInstance, TimeLimitSeconds = 5 });

        var again = await client.SolveScheduleAsync(new SolveScheduleRequest { InstanceJson = SmallInstance, PreviousScheduleJson = first.ScheduleJson, TimeLimitSeconds = 5 });

        Assert.Equal(Assignments(first.ScheduleJson), Assignments(again.ScheduleJson));
    }

    [Fact]
    public async Task SolveSchedule_WhenInstanceOrLimitInvalid_FailsInvalidArgumentNamingThem()
    {
        var client = Client(TestCaller.Organizer());
        var unknownParty = SmallInstance.Replace("\"inv-001\", \"inv-002\"", "\"inv-001\", \"inv-999\"", StringComparison.Ordinal);

        await RpcAssert.InvalidArgumentAsync(() => client.SolveScheduleAsync(new SolveScheduleRequest { TimeLimitSeconds = 500 }).ResponseAsync, "instance_json", "time_limit_seconds");
        await RpcAssert.InvalidArgumentAsync(() => client.SolveScheduleAsync(new SolveScheduleRequest { InstanceJson = unknownParty, TimeLimitSeconds = 2 }).ResponseAsync, "instance_json");
        await RpcAssert.InvalidArgumentAsync(() => client.SolveScheduleAsync(new SolveScheduleRequest { InstanceJson = SmallInstance, PreviousScheduleJson = "{" }).ResponseAsync, "previous_schedule_json");
    }

    [Fact]
    public async Task SolveSchedule_WhenInstanceEmpty_FailsInvalidArgumentNamingSlotsAndMeetings()
    {
        var client = Client(TestCaller.Organizer());

        await RpcAssert.InvalidArgumentAsync(() => client.SolveScheduleAsync(new SolveScheduleRequest { InstanceJson = "{}" }).ResponseAsync, "instance_json.slots", "instance_json.meetings");
    }

    [Fact]
    public async Task SolveSchedule_WhenInstanceHasSlotsButNoMeetings_FailsInvalidArgumentNamingMeetings()
    {
        var noMeetings = SmallInstance[..SmallInstance.IndexOf("\"meetings\"", StringComparison.Ordinal)].TrimEnd().TrimEnd(',') + "}";

        await RpcAssert.InvalidArgumentAsync(() => Client(TestCaller.Organizer()).SolveScheduleAsync(new SolveScheduleRequest { InstanceJson = noMeetings }).ResponseAsync, "instance_json.meetings");
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("town")]
    [InlineData("enterprise")]
    [InlineData("anonymous")]
    public async Task SolveSchedule_WhenNotOrganizerOrAdmin_FailsPermissionDenied(string role)
    {
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCaller.OfRole(role)).SolveScheduleAsync(new SolveScheduleRequest { InstanceJson = SmallInstance }).ResponseAsync);
    }

    [Fact]
    public async Task SolveSchedule_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => Client(null).SolveScheduleAsync(new SolveScheduleRequest { InstanceJson = SmallInstance }).ResponseAsync);
    }

    private static List<string> Assignments(string scheduleJson)
    {
        using var schedule = JsonDocument.Parse(scheduleJson);
        return schedule.RootElement.GetProperty("assignments").EnumerateArray().Select(a => a.GetRawText()).Order(StringComparer.Ordinal).ToList();
    }

    private ExpoService.ExpoServiceClient Client(TestCaller? caller) => host.Client<ExpoService.ExpoServiceClient>(caller);
}
