using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SpecialtyTowns.Towns.Search.Analysis;
using SpecialtyTowns.Towns.Search.Facets;
using SpecialtyTowns.Towns.Search.Highlighting;
using SpecialtyTowns.Towns.Search.Indexing;
using SpecialtyTowns.Towns.Search.Querying;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SpecialtyTowns.Towns.Search;

/// <summary>
/// The towns and projects search index: Chinese and English full text, filters, drill-sideways
/// facets, highlighting and suggestions over one Lucene index.
/// </summary>
/// <remarks>
/// Safe for concurrent use. Searches run on near-real-time snapshots: every write refreshes
/// the snapshot before it returns, so a caller sees its own upsert. Writes run concurrently
/// with each other; <see cref="Rebuild"/> excludes them and swaps the whole content in one
/// refresh. Changes become durable on <see cref="Commit"/>, <see cref="Rebuild"/> and
/// <see cref="Dispose"/>.
/// </remarks>
public sealed class SearchIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly bool _ownsDirectory;
    private readonly SearchAnalyzers _analyzers = new();
    private readonly TextQueryBuilder _textQueries;
    private readonly Suggester _suggester;

    // Writers share it, Rebuild takes it alone, so no refresh can publish a half-built index.
    private readonly ReaderWriterLockSlim _writeGate = new();

    // Guards the writer/searcher pair, which is replaced only when a failed rebuild rolls back.
    private readonly System.Threading.Lock _swapLock = new();

    private IndexWriter _writer;
    private SearcherManager _searchers;
    private bool _disposed;

    /// <summary>An index in <paramref name="directory"/>, which the caller keeps and disposes.</summary>
    public SearchIndex(LuceneDirectory directory)
        : this(directory, ownsDirectory: false)
    {
    }

    /// <summary>An index in a folder on disk, created if missing.</summary>
    public SearchIndex(string path)
        : this(FSDirectory.Open(path), ownsDirectory: true)
    {
    }

    private SearchIndex(LuceneDirectory directory, bool ownsDirectory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        _textQueries = new TextQueryBuilder(_analyzers);
        _suggester = new Suggester(_analyzers);
        (_writer, _searchers) = Open();
    }

    /// <summary>A memory-only index, for tests and small demos.</summary>
    public static SearchIndex InMemory() => new(new RAMDirectory(), ownsDirectory: true);

    /// <summary>Documents visible to searches now.</summary>
    public int Count => WithSearcher(searcher => searcher.IndexReader.NumDocs);

    /// <summary>Adds the document or replaces the one with its id; visible to searches on return.</summary>
    public void Upsert(SearchDocument document) => UpsertMany([document]);

    /// <summary>Adds or replaces many documents with one refresh; a later duplicate id wins.</summary>
    public void UpsertMany(IEnumerable<SearchDocument> documents)
    {
        var mapped = Map(documents);
        Write(writer =>
        {
            foreach (var (id, document) in mapped)
            {
                writer.UpdateDocument(new Term(SearchFields.Id, id), document);
            }
        });
    }

    /// <summary>Removes the document if present; gone from searches on return.</summary>
    public void Delete(Guid id) =>
        Write(writer => writer.DeleteDocuments(new Term(SearchFields.Id, DocumentMapper.IdTerm(id))));

    /// <summary>
    /// Replaces the whole content. Searches see the old content until the new one is complete
    /// and committed; if indexing fails, the index rolls back to the old content.
    /// </summary>
    /// <exception cref="ArgumentException">A document is invalid or two share an id; nothing changed.</exception>
    public void Rebuild(IEnumerable<SearchDocument> documents)
    {
        var mapped = Map(documents);
        var duplicate = mapped.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Document id {duplicate.Key} occurs more than once.", nameof(documents));
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        _writeGate.EnterWriteLock();
        try
        {
            // Commit what writers added so a rollback keeps it.
            _writer.Commit();
            try
            {
                _writer.DeleteAll();
                foreach (var (_, document) in mapped)
                {
                    _writer.AddDocument(document);
                }

                _writer.Commit();
            }
            catch
            {
                RollBack();
                throw;
            }

            _searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _writeGate.ExitWriteLock();
        }
    }

    /// <summary>Makes every change so far durable in the directory.</summary>
    public void Commit() => Write(writer => writer.Commit(), refresh: false);

    /// <exception cref="ArgumentException">A value is out of bounds or not in its vocabulary; the parameter name says which.</exception>
    public SearchResult Search(SearchQuery query)
    {
        SearchQueryValidator.Validate(query);
        var text = _textQueries.Build(query.Text);
        var selected = FacetDimensions.All.Select(d => d.Selected(query)).ToArray();
        return WithSearcher(searcher =>
        {
            // Without text every score is equal, and relevance order is newest first.
            var sort = text is null && query.Sort == SearchSorts.Relevance ? SearchSorts.Newest : query.Sort;
            var top = TopFieldCollector.Create(
                SortBuilder.For(sort),
                query.Page * query.PageSize,
                fillFields: false,
                trackDocScores: text is not null,
                trackMaxScore: false,
                docsScoredInOrder: true);
            var collector = new DrillSidewaysCollector(top, selected);
            searcher.Search(text?.Query ?? new MatchAllDocsQuery(), collector);
            var page = top.GetTopDocs((query.Page - 1) * query.PageSize, query.PageSize);
            var items = page.ScoreDocs.Select(hit => ToHit(searcher.Doc(hit.Doc), hit.Score, text)).ToList();
            return new SearchResult(items, collector.TotalHits, collector.Facets());
        });
    }

    /// <summary>Titles, town names and keywords that contain <paramref name="prefix"/>, those starting with it first.</summary>
    /// <exception cref="ArgumentException">The prefix is blank or too long, or max is out of 1..50.</exception>
    public IReadOnlyList<Suggestion> Suggest(string prefix, int max = 10)
    {
        Suggester.Validate(prefix, max);
        return WithSearcher(searcher => _suggester.Suggest(searcher, prefix, max));
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _searchers.Dispose();
        _writer.Dispose();
        _analyzers.Dispose();
        _writeGate.Dispose();
        if (_ownsDirectory)
        {
            _directory.Dispose();
        }
    }

    private static List<(string Id, Document Document)> Map(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents
            .Select(d =>
            {
                SearchDocumentValidator.Validate(d);
                return (DocumentMapper.IdTerm(d.Id), DocumentMapper.ToLucene(d));
            })
            .ToList();
    }

    private (IndexWriter Writer, SearcherManager Searchers) Open()
    {
        var config = new IndexWriterConfig(ChineseAnalyzer.Version, _analyzers.Index)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = WarmedSearcherFactory.Similarity,
            RAMBufferSizeMB = 48,

            // A compound file is read through slices that lock their shared input on every
            // buffer refill; sorting and faceting refill per document, so that lock was most of
            // a search's time. Separate files are read without it.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0.0 },
        };
        var writer = new IndexWriter(_directory, config);
        return (writer, new SearcherManager(writer, applyAllDeletes: true, new WarmedSearcherFactory()));
    }

    private void RollBack()
    {
        var (oldWriter, oldSearchers) = (_writer, _searchers);
        oldWriter.Rollback();
        var (writer, searchers) = Open();
        lock (_swapLock)
        {
            (_writer, _searchers) = (writer, searchers);
        }

        oldSearchers.Dispose();
    }

    private void Write(Action<IndexWriter> write, bool refresh = true)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writeGate.EnterReadLock();
        try
        {
            write(_writer);
            if (refresh)
            {
                _searchers.MaybeRefreshBlocking();
            }
        }
        finally
        {
            _writeGate.ExitReadLock();
        }
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> search)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        SearcherManager searchers;
        IndexSearcher searcher;
        lock (_swapLock)
        {
            searchers = _searchers;
            searcher = searchers.Acquire();
        }

        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private SearchHit ToHit(Document document, float score, TextQuery? text)
    {
        var title = document.Get(SearchFields.TitleZh);
        var titleEn = document.Get(SearchFields.TitleEn);
        string? highlight = null;
        if (text is not null)
        {
            highlight = SnippetHighlighter.Best(
            [
                new(title, _analyzers.ChineseIndex, SearchFields.TitleZh, text.ChineseTerms),
                new(document.Get(SearchFields.TextZh), _analyzers.ChineseIndex, SearchFields.TextZh, text.ChineseTerms),
                new(titleEn, _analyzers.English, SearchFields.TitleEn, text.EnglishTerms),
                new(document.Get(SearchFields.TextEn), _analyzers.English, SearchFields.TextEn, text.EnglishTerms),
            ]);
        }

        return new SearchHit(
            Guid.ParseExact(document.Get(SearchFields.Id), "N"),
            document.Get(SearchFields.Kind),
            title,
            titleEn,
            Guid.ParseExact(document.Get(SearchFields.TownId), "N"),
            document.Get(SearchFields.TownName),
            float.IsNaN(score) ? 0f : score,
            highlight);
    }
}
