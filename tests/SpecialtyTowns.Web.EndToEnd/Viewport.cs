namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>The screen sizes pages are tested at: a desk and a phone at the expo.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsMobile)
{
    public static readonly Viewport Desktop = new("desktop", 1280, 900, false);
    public static readonly Viewport Phone = new("phone", 390, 844, true);
}
