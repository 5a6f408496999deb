using Lucene.Net.Search;

namespace SpecialtyTowns.Search.Querying;

/// <summary>The Lucene query for the user's text, and the terms to highlight in each analysis.</summary>
internal sealed record TextQuery(Query Query, IReadOnlySet<string> ChineseTerms, IReadOnlySet<string> EnglishTerms);
