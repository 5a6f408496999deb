using Lucene.Net.Search;

namespace SpecialtyTowns.Search.Querying;

/// <summary>One word of the query text: its clause, and for a Latin word the looser clause matching it as the start of longer words.</summary>
internal sealed record QueryWord(Query Clause, Query? Prefix);
