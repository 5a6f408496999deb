using SpecialtyTowns.TestKit.BadInput;

namespace SpecialtyTowns.BadInput.UnitTests;

/// <summary>The routes of a document by key, for the tests.</summary>
internal sealed class OpenApiRouteFinder(IReadOnlyList<OpenApiRoute> routes)
{
    public IReadOnlyList<OpenApiRoute> All => routes;

    public OpenApiRoute this[string key] => routes.Single(route => route.Key == key);
}
