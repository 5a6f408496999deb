using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SpecialtyTowns.Search.Indexing;

/// <summary>
/// Reads a hit's id and returned values from their docvalues (see <see cref="DocumentMapper"/>). Each segment reader
/// keeps its docvalues per thread, so asking for them per hit costs a dictionary lookup.
/// </summary>
internal static class HitValues
{
    /// <param name="searcher">The snapshot the hit comes from.</param>
    /// <param name="doc">The hit's top-level document number.</param>
    /// <param name="fields">The docvalues fields to read; a field the document lacks is left out.</param>
    public static (string Id, Dictionary<string, string> Values) Read(IndexSearcher searcher, int doc, IReadOnlyList<string> fields)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var reader = leaf.AtomicReader;
        var local = doc - leaf.DocBase;
        var bytes = new BytesRef();
        reader.GetSortedDocValues(SearchFields.Id).Get(local, bytes);
        var id = bytes.Utf8ToString();
        var values = new Dictionary<string, string>(fields.Count, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (reader.GetDocsWithField(field) is { } present && present.Get(local))
            {
                reader.GetBinaryDocValues(field).Get(local, bytes);
                values[field] = bytes.Utf8ToString();
            }
        }

        return (id, values);
    }
}
