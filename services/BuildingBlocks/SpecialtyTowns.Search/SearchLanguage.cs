namespace SpecialtyTowns.Search;

/// <summary>How a text field is analysed.</summary>
public enum SearchLanguage
{
    /// <summary>
    /// Chinese as overlapping character bigrams (and single characters at index time); words of other scripts
    /// lower-cased and unstemmed, so a Chinese field also finds a Latin word typed as is.
    /// </summary>
    Chinese,

    /// <summary>Stop words removed, possessives dropped, Porter stemming ("flanges" and "flange" meet).</summary>
    English,
}
