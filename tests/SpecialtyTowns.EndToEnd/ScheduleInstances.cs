namespace SpecialtyTowns.EndToEnd;

/// <summary>Small instances in the meeting-scheduling format (shared/formats/meeting-scheduling.md).</summary>
public static class ScheduleInstances
{
    /// <summary>Two slots, one table, three meetings of which only two fit: the optimum is 5.</summary>
    public static object Small() => new
    {
        @event = "首届山西特色专业镇投资贸易博览会",
        timeZone = "Asia/Shanghai",
        slots = new[]
        {
            new { id = "d1-0900", start = "2023-06-28T09:00:00+08:00", end = "2023-06-28T09:20:00+08:00" },
            new { id = "d1-0925", start = "2023-06-28T09:25:00+08:00", end = "2023-06-28T09:45:00+08:00" },
        },
        tables = new[] { new { id = "A01", seats = 4 } },
        participants = new object[]
        {
            new { id = "inv-001", kind = "investor" },
            new { id = "inv-002", kind = "investor" },
            new { id = "town-dingxiang", kind = "town" },
        },
        meetings = new object[]
        {
            new { id = "m-1", parties = new[] { "inv-001", "town-dingxiang" }, weight = 3 },
            new { id = "m-2", parties = new[] { "inv-002", "town-dingxiang" }, weight = 2 },
            new { id = "m-3", parties = new[] { "inv-001", "inv-002" }, weight = 1 },
        },
    };
}
