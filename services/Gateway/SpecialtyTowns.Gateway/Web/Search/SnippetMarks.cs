using System.Net;

namespace SpecialtyTowns.Gateway.Web.Search;

/// <summary>
/// Reads the search service's highlight (HTML-escaped text with the matched terms in &lt;em&gt;) into plain text runs,
/// so a page renders them as encoded text and &lt;mark&gt;: the service's string is never trusted as markup, and any
/// other tag in it shows as text.
/// </summary>
public static class SnippetMarks
{
    private const string Open = "<em>";
    private const string Close = "</em>";

    public static IReadOnlyList<SnippetPart> Parse(string? highlight)
    {
        var parts = new List<SnippetPart>();
        if (string.IsNullOrEmpty(highlight))
        {
            return parts;
        }

        var position = 0;
        var marked = false;
        while (position < highlight.Length)
        {
            // Inside a mark only its close counts, so a nested or stray <em> stays text.
            var marker = marked ? Close : Open;
            var next = highlight.IndexOf(marker, position, StringComparison.OrdinalIgnoreCase);
            var end = next < 0 ? highlight.Length : next;
            if (end > position)
            {
                parts.Add(new SnippetPart(WebUtility.HtmlDecode(highlight[position..end]), marked));
            }

            if (next < 0)
            {
                break;
            }

            position = next + marker.Length;
            marked = !marked;
        }

        return parts;
    }
}
