using SpecialtyTowns.Leads.Domain.Directory;

namespace SpecialtyTowns.Leads.UnitTests.Domain;

public sealed class TownDirectoryEntryTests
{
    private static readonly DateTimeOffset Registered = new(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Received = Registered.AddDays(40);

    [Fact]
    public void ApplyUpdate_WhenNewerThanTheRegistration_TakesTheNewProfile()
    {
        var entry = TownDirectoryEntry.Registered(Guid.NewGuid(), "定襄法兰专业镇", "法兰", "advanced-manufacturing", "忻州市", Registered, Received);

        var applied = entry.ApplyUpdate("定襄法兰专业镇", "法兰 锻件", "忻州 Xinzhou", Registered.AddDays(1), Received);

        Assert.True(applied);
        Assert.Equal("法兰 锻件", entry.MainIndustry);
        Assert.Equal("忻州 Xinzhou", entry.City);
        Assert.Equal(Registered.AddDays(1), entry.ProfileAsOf);
    }

    [Fact]
    public void ApplyUpdate_WhenOlderThanWhatIsKnown_ChangesNothing()
    {
        var entry = TownDirectoryEntry.Registered(Guid.NewGuid(), "定襄法兰专业镇", "法兰", "advanced-manufacturing", "忻州市", Registered, Received);
        entry.ApplyUpdate("定襄法兰专业镇", "法兰 锻件", "忻州 Xinzhou", Registered.AddDays(2), Received);

        var applied = entry.ApplyUpdate("定襄法兰专业镇", "旧的", null, Registered.AddDays(1), Received);

        Assert.False(applied);
        Assert.Equal("法兰 锻件", entry.MainIndustry);
        Assert.Equal("忻州 Xinzhou", entry.City);
    }

    [Fact]
    public void ApplyRegistration_WhenAnUpdateArrivedFirst_KeepsTheUpdatedProfileAndTakesCategoryAndTime()
    {
        var entry = TownDirectoryEntry.Updated(Guid.NewGuid(), "定襄法兰专业镇", "法兰 锻件", "忻州 Xinzhou", Registered.AddDays(1), Received);

        entry.ApplyRegistration("定襄法兰专业镇", "法兰", "advanced-manufacturing", null, Registered, Received);

        Assert.Equal("法兰 锻件", entry.MainIndustry);
        Assert.Equal("忻州 Xinzhou", entry.City);
        Assert.Equal("advanced-manufacturing", entry.Category);
        Assert.Equal(Registered, entry.RegisteredAt);
    }
}
