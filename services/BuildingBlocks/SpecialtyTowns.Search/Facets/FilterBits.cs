using Lucene.Net.Util;

namespace SpecialtyTowns.Search.Facets;

/// <summary>
/// A segment's live documents that pass every selected filter, as the accepted documents a scorer is given: the
/// postings skip the others, so they are never scored. A search for gaps (a sixth of the index) then scores only
/// gaps. Scores do not change: a document's score reads only its own postings and the index-wide statistics.
/// </summary>
internal sealed class FilterBits : IBits
{
    private readonly FieldOrdinals[] _filters;
    private readonly int[] _ords;
    private readonly IBits? _live;

    private FilterBits(FieldOrdinals[] filters, int[] ords, IBits? live, int length)
    {
        _filters = filters;
        _ords = ords;
        _live = live;
        Length = length;
    }

    public int Length { get; }

    /// <summary>
    /// The accepted documents of a segment: its live documents (null for all) when nothing is selected; none when a
    /// selected value occurs nowhere in it (<c>AnyCan</c> false).
    /// </summary>
    public static (bool AnyCan, IBits? Accepted) For(SegmentOrdinals segment, string?[] selected, IBits? live, int maxDoc)
    {
        var filters = new List<FieldOrdinals>();
        var ords = new List<int>();
        for (var i = 0; i < selected.Length; i++)
        {
            if (selected[i] is not { } value)
            {
                continue;
            }

            var ord = segment.Filters[i].OrdOf(value);
            if (ord < 0)
            {
                return (false, null);
            }

            filters.Add(segment.Filters[i]);
            ords.Add(ord);
        }

        return (true, filters.Count == 0 ? live : new FilterBits([.. filters], [.. ords], live, maxDoc));
    }

    public bool Get(int index)
    {
        if (_live is not null && !_live.Get(index))
        {
            return false;
        }

        for (var i = 0; i < _filters.Length; i++)
        {
            if (!_filters[i].Has(index, _ords[i]))
            {
                return false;
            }
        }

        return true;
    }
}
