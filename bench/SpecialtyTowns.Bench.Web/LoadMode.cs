namespace SpecialtyTowns.Bench.Web;

/// <summary>How the browser arrives at a page.</summary>
internal enum LoadMode
{
    /// <summary>A first visit: nothing cached (DevTools' cache disabled).</summary>
    Cold,

    /// <summary>A return visit: the page loaded once before in the same browser profile.</summary>
    Warm,

    /// <summary>A first visit asking for no compression (Accept-Encoding: identity): what compression saves.</summary>
    ColdUncompressed,
}
