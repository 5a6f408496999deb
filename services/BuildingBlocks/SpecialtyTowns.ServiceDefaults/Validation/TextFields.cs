namespace SpecialtyTowns.ServiceDefaults.Validation;

/// <summary>
/// Which text fields may hold tabs and line breaks: free prose (descriptions, messages, notes,
/// quotes, incentives) and embedded JSON documents. Every other field is single-line. Matched
/// on the field's own name in either spelling (<c>description_en</c> in proto,
/// <c>descriptionEn</c> in JSON), so the gateway and the services decide alike.
/// </summary>
public static class TextFields
{
    private static readonly HashSet<string> MultiLine = new(StringComparer.OrdinalIgnoreCase)
    {
        "description", "descriptionen", "incentives", "message", "note", "notes", "quote",
        "instancejson", "previousschedulejson", "instance", "previousschedule",
    };

    public static bool IsMultiLine(string fieldName) => MultiLine.Contains(fieldName.Replace("_", string.Empty, StringComparison.Ordinal));
}
