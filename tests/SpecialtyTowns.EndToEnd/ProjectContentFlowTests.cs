using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

/// <summary>A project's content, as its town writes it, reaches Leads' directory (what matching reads) through the events.</summary>
[Collection(SystemCollection.Name)]
public sealed class ProjectContentFlowTests(SystemFixture fixture)
{
    [Fact]
    public async Task PublishProject_WhenItHasEnglishTextModesAndLand_LeadsDirectoryHoldsThemAndFeedsTheChange()
    {
        var townId = await fixture.RegisterTownAsync("内容");
        using var created = await fixture.Admin.PostAsJsonAsync("/api/v1/projects", new
        {
            townId,
            title = "精密法兰锻造扩产项目 " + Guid.NewGuid().ToString("N")[..6],
            titleEn = "Precision flange forging expansion",
            description = "新建数控锻造线，配套热处理。",
            descriptionEn = "A new CNC forging line with heat treatment.",
            industry = "C33",
            amountMinYuan = 50_000_000m,
            amountMaxYuan = 120_000_000m,
            cooperationModes = new[] { "joint-venture", "equity" },
            landAreaSquareMetres = 53_333.5m,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Guid.Parse((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);

        using var published = await fixture.Admin.PostAsJsonAsync($"/api/v1/projects/{id}/status", new { status = "published" });

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        await Eventually.TrueAsync(
            async () => await TestDatabase.CountAsync(
                fixture.System.Database("leads"),
                """
                SELECT count(*) FROM project_directory
                WHERE project_id = $1 AND status = 'published' AND has_content
                  AND title_en = 'Precision flange forging expansion' AND description_en = 'A new CNC forging line with heat treatment.'
                  AND cooperation_modes = ARRAY['equity', 'joint-venture'] AND land_area_square_metres = 53333.5
                """,
                id) == 1,
            TimeSpan.FromSeconds(30),
            "the project's content in Leads' directory");
        Assert.True(await TestDatabase.CountAsync(fixture.System.Database("leads"), "SELECT count(*) FROM match_changes WHERE kind = 'project' AND id = $1", id) >= 1);
    }
}
