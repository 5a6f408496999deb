using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Grpc;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.UnitTests.Grpc;

public sealed class UpdateTownRequestValidatorTests
{
    [Fact]
    public void Validate_WhenTheRequestIdIsTooLong_NamesRequestId()
    {
        var request = new UpdateTownRequest { Id = Guid.NewGuid().ToString(), RequestId = new string('k', TownLimits.RequestId + 1) };

        var error = Assert.Throws<RequestValidationException>(() => UpdateTownRequestValidator.Validate(request));

        Assert.Equal("request_id", Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void Validate_WhenTheRequestIdFits_Passes()
    {
        var request = new UpdateTownRequest { Id = Guid.NewGuid().ToString(), RequestId = new string('k', TownLimits.RequestId) };

        var error = Record.Exception(() => UpdateTownRequestValidator.Validate(request));

        Assert.Null(error);
    }
}
