namespace SpecialtyTowns.Search.Schema;

/// <summary>A full-text field: searched with its boost, stored for hits and highlighting when asked.</summary>
internal sealed record TextFieldDefinition<TDocument>(
    string Name,
    SearchLanguage Language,
    float Boost,
    Func<TDocument, IEnumerable<string?>> Values,
    bool Stored,
    bool Highlight);
