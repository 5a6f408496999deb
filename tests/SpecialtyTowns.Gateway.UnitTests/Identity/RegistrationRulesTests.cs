using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Gateway.Identity;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.UnitTests.Identity;

public sealed class RegistrationRulesTests
{
    [Fact]
    public void NormalizeEmail_WhenPaddedAndUpperCase_IsTrimmedLowerCase()
    {
        var email = RegistrationRules.NormalizeEmail("  Someone@Example.COM ");

        Assert.Equal("someone@example.com", email);
    }

    [Theory]
    [InlineData(Roles.Investor, AccountStatus.Active)]
    [InlineData(Roles.Town, AccountStatus.Pending)]
    [InlineData(Roles.Enterprise, AccountStatus.Pending)]
    [InlineData(Roles.Organizer, AccountStatus.Pending)]
    public void StatusFor_WhenRoleRegisters_OnlyInvestorsActAtOnce(string role, AccountStatus expected)
    {
        var status = RegistrationRules.StatusFor(role);

        Assert.Equal(expected, status);
    }

    [Fact]
    public void FormProblems_WhenEverythingIsWellFormed_HasNone()
    {
        var problems = RegistrationRules.FormProblems("someone@example.com", "long-enough-1", Roles.Organizer);

        Assert.False(problems.HasErrors);
    }

    [Fact]
    public void FormProblems_WhenEverythingIsMissing_NamesEmailPasswordAndRoleInThatOrder()
    {
        var problems = RegistrationRules.FormProblems(string.Empty, null, null);

        Assert.Equal(["email", "password", "role"], problems.Errors.Keys);
        Assert.Equal(["is required"], problems.Errors["password"]);
        Assert.Equal(["must be one of: investor, town, enterprise, organizer"], problems.Errors["role"]);
    }

    [Fact]
    public void FormProblems_WhenAdminRequested_RefusesSelfRegistration()
    {
        var problems = RegistrationRules.FormProblems("someone@example.com", "long-enough-1", Roles.Admin);

        Assert.Equal(["admin accounts cannot be self-registered"], problems.Errors["role"]);
    }

    [Fact]
    public void FormProblems_WhenPasswordIsLongerThanTheLimit_RefusesItBeforeHashing()
    {
        var problems = RegistrationRules.FormProblems("someone@example.com", new string('a', CredentialForms.MaxPasswordLength + 1), Roles.Investor);

        Assert.Equal(["password"], problems.Errors.Keys);
    }

    [Theory]
    [InlineData(Roles.Investor, true, false, "townId")]
    [InlineData(Roles.Organizer, false, true, "enterpriseId")]
    [InlineData(Roles.Town, false, true, "enterpriseId")]
    [InlineData(Roles.Enterprise, true, false, "townId")]
    public void AddMisplacedTargets_WhenTheRoleDoesNotActForWhatIsNamed_NamesThatField(string role, bool town, bool enterprise, string field)
    {
        var problems = new RequestProblems();

        RegistrationRules.AddMisplacedTargets(problems, role, town ? Guid.NewGuid() : null, enterprise ? Guid.NewGuid() : null);

        Assert.Equal([field], problems.Errors.Keys);
    }

    [Theory]
    [InlineData(Roles.Town, true, false)]
    [InlineData(Roles.Enterprise, false, true)]
    [InlineData(Roles.Investor, false, false)]
    public void AddMisplacedTargets_WhenTheRoleActsForWhatIsNamed_AddsNothing(string role, bool town, bool enterprise)
    {
        var problems = new RequestProblems();

        RegistrationRules.AddMisplacedTargets(problems, role, town ? Guid.NewGuid() : null, enterprise ? Guid.NewGuid() : null);

        Assert.False(problems.HasErrors);
    }
}
