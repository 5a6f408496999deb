using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Enterprises.UnitTests.Domain.Gaps;

public sealed class GapOwnershipTests
{
    private static readonly Guid GapTown = Guid.NewGuid();

    private static readonly Guid Poster = Guid.NewGuid();

    public static TheoryData<string, bool, bool> TownGapRoles => new()
    {
        // who, may edit, may see withdrawn
        { "admin", true, true },
        { "its town", true, true },
        { "another town", false, false },
        { "an enterprise of the town", false, false },
        { "investor", false, false },
        { "organizer", false, false },
        { "anonymous", false, false },
    };

    public static TheoryData<string, bool, bool> EnterpriseGapRoles => new()
    {
        { "admin", true, true },
        { "the posting enterprise", true, true },
        { "its town", false, true },
        { "another enterprise", false, false },
        { "another town", false, false },
        { "investor", false, false },
        { "organizer", false, false },
        { "anonymous", false, false },
    };

    [Theory]
    [MemberData(nameof(TownGapRoles))]
    public void MayEdit_OnATownsGap_OnlyTheTownAndAdmins(string who, bool mayEdit, bool maySeeAll)
    {
        var caller = CallerFor(who);

        var edits = GapOwnership.MayEdit(caller, GapTown, null);

        Assert.Equal(mayEdit, edits);
        Assert.Equal(maySeeAll, GapOwnership.MaySeeAll(caller, GapTown, null));
    }

    [Theory]
    [MemberData(nameof(EnterpriseGapRoles))]
    public void MayEdit_OnAnEnterprisesGap_OnlyThePosterAndAdminsWhileItsTownStillSeesIt(string who, bool mayEdit, bool maySeeAll)
    {
        var caller = CallerFor(who);

        var edits = GapOwnership.MayEdit(caller, GapTown, Poster);

        Assert.Equal(mayEdit, edits);
        Assert.Equal(maySeeAll, GapOwnership.MaySeeAll(caller, GapTown, Poster));
    }

    [Theory]
    [InlineData("admin", true)]
    [InlineData("its town", true)]
    [InlineData("the posting enterprise", true)]
    [InlineData("another enterprise", false)]
    [InlineData("another town", false)]
    [InlineData("investor", false)]
    [InlineData("anonymous", false)]
    public void VisibleTo_AgreesWithMaySee_ForWithdrawnAndPublicGaps(string who, bool seesWithdrawn)
    {
        var caller = CallerFor(who);
        var filter = GapOwnership.VisibleTo(caller).Compile();
        var open = Gap(Poster);
        var withdrawn = Gap(Poster);
        withdrawn.MoveTo(GapStatus.Withdrawn, null, "poster", null, DateTimeOffset.UtcNow);

        var seen = (filter(open), filter(withdrawn));

        Assert.Equal((true, seesWithdrawn), seen);
        Assert.Equal((GapOwnership.MaySee(caller, open), GapOwnership.MaySee(caller, withdrawn)), seen);
    }

    [Fact]
    public void PosterFor_WhenTownNamesNoTownOrItsOwn_PostsAsTheTown()
    {
        var caller = CallerFor("its town");

        var posters = (GapOwnership.PosterFor(caller, null, null), GapOwnership.PosterFor(caller, GapTown, null));

        Assert.Equal((new GapPoster(GapTown, null), new GapPoster(GapTown, null)), posters);
    }

    [Fact]
    public void PosterFor_WhenTownNamesAnotherTown_IsNull()
    {
        var poster = GapOwnership.PosterFor(CallerFor("its town"), Guid.NewGuid(), null);

        Assert.Null(poster);
    }

    [Fact]
    public void PosterFor_WhenEnterprise_PostsForItselfInItsTown()
    {
        var poster = GapOwnership.PosterFor(CallerFor("the posting enterprise"), null, GapTown);

        Assert.Equal(new GapPoster(GapTown, Poster), poster);
    }

    [Fact]
    public void PosterFor_WhenEnterpriseNamesAnotherTown_IsNull()
    {
        var poster = GapOwnership.PosterFor(CallerFor("the posting enterprise"), Guid.NewGuid(), GapTown);

        Assert.Null(poster);
    }

    [Fact]
    public void PosterFor_WhenAdmin_PostsForTheNamedTownAndNeedsOne()
    {
        var admin = CallerFor("admin");

        var posters = (GapOwnership.PosterFor(admin, GapTown, null), GapOwnership.PosterFor(admin, null, null));

        Assert.Equal((new GapPoster(GapTown, null), (GapPoster?)null), posters);
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public void PosterFor_WhenNeitherTownEnterpriseNorAdmin_IsNull(string who)
    {
        var poster = GapOwnership.PosterFor(CallerFor(who), GapTown, GapTown);

        Assert.Null(poster);
    }

    private static Caller CallerFor(string who) => who switch
    {
        "admin" => new Caller("a", Roles.Admin, null, null),
        "its town" => new Caller("t", Roles.Town, GapTown, null),
        "another town" => new Caller("o", Roles.Town, Guid.NewGuid(), null),
        "the posting enterprise" => new Caller("e", Roles.Enterprise, null, Poster),
        "an enterprise of the town" or "another enterprise" => new Caller("x", Roles.Enterprise, GapTown, Guid.NewGuid()),
        "investor" => new Caller("i", Roles.Investor, null, null),
        "organizer" => new Caller("g", Roles.Organizer, null, null),
        _ => new Caller("anonymous", Roles.Anonymous, null, null),
    };

    private static ChainGap Gap(Guid? enterpriseId) =>
        ChainGap.Post(GapTown, enterpriseId, GapSamples.Content(null), "poster", DateTimeOffset.UtcNow);
}
