using System.Text.Json.Nodes;

namespace SpecialtyTowns.DemoData.UnitTests;

public sealed class DemoDataFileTests
{
    [Fact]
    public void Read_WhenTheShippedFile_IsValidAndNamesOnlySeedTowns()
    {
        var set = DemoDataFile.Read(ShippedDemo.Path);

        DemoDataFile.CheckTowns(set, ShippedDemo.SeedTowns());
        Assert.InRange(set.Projects.Count, 6, 10);
        Assert.Contains(set.Projects, p => p.Status == "published");
        Assert.Single(set.Projects, p => p.Status == "negotiating");
        Assert.Single(set.Projects, p => p.Status == "draft");
        Assert.Contains(set.Accounts, a => a.Role == "investor");
        Assert.Contains(set.Accounts, a => a.Role == "organizer");
    }

    [Fact]
    public void CheckTowns_WhenAProjectNamesAnUnknownTown_FailsNamingTheProjectAndTheTown()
    {
        var demo = ShippedDemo.Json();
        var project = ShippedDemo.FirstProject(demo);
        var key = project["key"]!.GetValue<string>();
        var town = project["town"]!.GetValue<string>();
        foreach (var node in demo["accounts"]!.AsArray().Concat(demo["projects"]!.AsArray()))
        {
            if (node!["town"]?.GetValue<string>() == town)
            {
                node["town"] = "不存在专业镇";
            }
        }

        var set = DemoDataFile.Parse(demo.ToJsonString());
        var error = Assert.Throws<DemoDataException>(() => DemoDataFile.CheckTowns(set, ShippedDemo.SeedTowns()));

        Assert.Contains($"project '{key}' names the town '不存在专业镇', which is not a seed town", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title", "风电法兰项目", "title must begin with 【示例】")]
    [InlineData("titleEn", "Wind flanges", "titleEn must begin with '[Sample] '")]
    [InlineData("description", "法兰项目。", "description must say that it is 示例数据")]
    [InlineData("descriptionEn", "A flange project.", "descriptionEn must say that it is sample data")]
    [InlineData("status", "finished", "status 'finished' is not one of")]
    [InlineData("town", "太谷玛钢专业镇X", "no town account for '太谷玛钢专业镇X' creates it")]
    public void Parse_WhenAProjectIsNotLabelledOrConsistent_FailsNamingTheField(string field, string value, string expected)
    {
        var demo = ShippedDemo.Json();
        var project = ShippedDemo.FirstProject(demo);
        project[field] = value;

        var error = Assert.Throws<DemoDataException>(() => DemoDataFile.Parse(demo.ToJsonString()));

        Assert.Contains($"project '{project["key"]}': {expected}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("email", "someone@example.com", "email must be an address under @demo.specialtytowns.local")]
    [InlineData("role", "admin", "role 'admin' is not one of: investor, town, organizer")]
    [InlineData("key", "Not A Key", "key must be 1-60 of a-z, 0-9 and '-'")]
    public void Parse_WhenAnAccountIsWrong_FailsNamingTheField(string field, string value, string expected)
    {
        var demo = ShippedDemo.Json();
        demo["accounts"]![0]![field] = value;

        var error = Assert.Throws<DemoDataException>(() => DemoDataFile.Parse(demo.ToJsonString()));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAFieldIsMisspelt_Fails()
    {
        var demo = ShippedDemo.Json();
        ShippedDemo.FirstProject(demo)["titel"] = "【示例】";

        var error = Assert.Throws<DemoDataException>(() => DemoDataFile.Parse(demo.ToJsonString()));

        Assert.Contains("titel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenARequiredFieldIsMissing_Fails()
    {
        var demo = ShippedDemo.Json();
        ShippedDemo.FirstProject(demo).Remove("industry");

        Assert.Throws<DemoDataException>(() => DemoDataFile.Parse(demo.ToJsonString()));
    }

    [Fact]
    public void Parse_WhenTwoProjectsShareAKey_Fails()
    {
        var demo = ShippedDemo.Json();
        var projects = demo["projects"]!.AsArray();
        projects[1]!["key"] = projects[0]!["key"]!.GetValue<string>();

        var error = Assert.Throws<DemoDataException>(() => DemoDataFile.Parse(demo.ToJsonString()));

        Assert.Contains("is used twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenTheFormatIsUnknown_Fails()
    {
        var demo = ShippedDemo.Json();
        demo["format"] = 99;

        var error = Assert.Throws<DemoDataException>(() => DemoDataFile.Parse(demo.ToJsonString()));

        Assert.Contains("format 99 is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenNotJson_FailsClearly()
    {
        var error = Assert.Throws<DemoDataException>(() => DemoDataFile.Parse("{ \"format\": "));

        Assert.StartsWith("not a valid demo file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountsTable_WhenFormatted_ListsEmailPasswordAndRoleOfEveryAccount()
    {
        var set = DemoDataFile.Read(ShippedDemo.Path);

        var table = DemoAccountsTable.Format(set, "demo-pass-123");

        foreach (var account in set.Accounts)
        {
            Assert.Matches($@"{account.Email}\s+/ demo-pass-123 / {account.Role}", table);
        }
    }

    [Fact]
    public void Parse_WhenTheProjectsAreNull_Fails()
    {
        var demo = ShippedDemo.Json();
        demo["projects"] = null;

        Assert.Throws<DemoDataException>(() => DemoDataFile.Parse(demo.ToJsonString()));
    }

    [Fact]
    public void CommandLineParse_WhenGivenFlags_TakesThemAndRefusesUnknownOnes()
    {
        var options = CommandLine.Parse(["--gateway", "http://127.0.0.1:6100", "--admin-password", "a", "--password", "b", "--file", "x.json"]);

        Assert.NotNull(options);
        Assert.Equal(new Uri("http://127.0.0.1:6100"), options.Load.Gateway);
        Assert.Equal("x.json", options.Load.File);
        Assert.Null(CommandLine.Parse(["--unknown", "1", "--admin-password", "a", "--password", "b"]));
    }
}
