using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace SpecialtyTowns.Web.UnitTests;

/// <summary>A bUnit context with the pages' localization, as the gateway registers it.</summary>
public static class PageContext
{
    public static BunitContext Create()
    {
        var context = new BunitContext();
        context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        return context;
    }
}
