using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SpecialtyTowns.Search.Analysis;
using SpecialtyTowns.Search.Indexing;
using SpecialtyTowns.Search.Querying;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SpecialtyTowns.Search;

/// <summary>
/// A search index of one service's documents, laid out by its <see cref="SearchSchema{TDocument}"/>: Chinese and
/// English full text, filters, drill-sideways facets, sorts, highlighting and suggestions over one Lucene index.
/// </summary>
/// <typeparam name="TDocument">The service's own document type.</typeparam>
/// <remarks>
/// Safe for concurrent use. Searches run on near-real-time snapshots: every write refreshes
/// the snapshot before it returns, so a caller sees its own upsert. Writes run concurrently
/// with each other; <see cref="Rebuild"/> excludes them and swaps the whole content in one
/// refresh. Changes become durable on <see cref="Commit"/>, <see cref="Rebuild"/> and
/// <see cref="Dispose"/>.
/// </remarks>
public sealed class SearchIndex<TDocument> : IDisposable
{
    private readonly SearchSchema<TDocument> _schema;
    private readonly LuceneDirectory _directory;
    private readonly bool _ownsDirectory;
    private readonly SearchAnalyzers _analyzers;
    private readonly TextQueryBuilder _textQueries;
    private readonly Suggester _suggester;
    private readonly SearchRunner<TDocument> _runner;

    // Writers share it, Rebuild takes it alone, so no refresh can publish a half-built index.
    private readonly ReaderWriterLockSlim _writeGate = new();

    // Guards the writer/searcher pair, which is replaced only when a failed rebuild rolls back.
    private readonly System.Threading.Lock _swapLock = new();

    private IndexWriter _writer;
    private SearcherManager _searchers;
    private bool _disposed;

    /// <summary>An index in <paramref name="directory"/>, which the caller keeps and disposes.</summary>
    public SearchIndex(SearchSchema<TDocument> schema, LuceneDirectory directory)
        : this(schema, directory, ownsDirectory: false)
    {
    }

    /// <summary>An index in a folder on disk, created if missing; memory-mapped where the platform allows.</summary>
    public SearchIndex(SearchSchema<TDocument> schema, string path)
        : this(schema, FSDirectory.Open(path), ownsDirectory: true)
    {
    }

    private SearchIndex(SearchSchema<TDocument> schema, LuceneDirectory directory, bool ownsDirectory)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(directory);
        _schema = schema;
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        _analyzers = new SearchAnalyzers(schema.TextFields.Where(f => f.Language == SearchLanguage.English).Select(f => f.Name));
        _textQueries = new TextQueryBuilder(_analyzers, Boosts(SearchLanguage.Chinese), Boosts(SearchLanguage.English));
        _suggester = new Suggester(_analyzers, schema.PreferredSuggestionSources);
        _runner = new SearchRunner<TDocument>(schema, _analyzers);
        (_writer, _searchers) = Open();
    }

    /// <summary>A memory-only index, for tests and small demos.</summary>
    public static SearchIndex<TDocument> InMemory(SearchSchema<TDocument> schema) => new(schema, new RAMDirectory(), ownsDirectory: true);

    /// <summary>Documents visible to searches now.</summary>
    public int Count => WithSearcher(searcher => searcher.IndexReader.NumDocs);

    /// <summary>Adds the document or replaces the one with its id; visible to searches on return.</summary>
    public void Upsert(TDocument document) => UpsertMany([document]);

    /// <summary>Adds or replaces many documents with one refresh; a later duplicate id wins.</summary>
    public void UpsertMany(IEnumerable<TDocument> documents)
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
    public void Delete(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Write(writer => writer.DeleteDocuments(new Term(SearchFields.Id, id)));
    }

    /// <summary>
    /// Replaces the whole content. Searches see the old content until the new one is complete
    /// and committed; if indexing fails, the index rolls back to the old content.
    /// </summary>
    /// <exception cref="ArgumentException">A document is invalid or two share an id; nothing changed.</exception>
    public void Rebuild(IEnumerable<TDocument> documents)
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

                // One segment: a search pays per segment for term lookups, scorers and facet counts,
                // and later writes add only small segments next to it.
                _writer.ForceMerge(1);
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

    /// <summary>
    /// One page of the documents that match every word of the text and every filter. When fewer than
    /// <see cref="SearchQuery.PartialMatchThreshold"/> documents (by default: none) match every word, falls back to
    /// the best partial matches, as Typesense's drop_tokens and Meilisearch's matching strategy do: the documents
    /// that match any word, ranked first by how many words they match, then by the query's sort, with the facets
    /// counted over them; <see cref="SearchResult.MatchedAllWords"/> is then false.
    /// </summary>
    /// <exception cref="ArgumentException">A value is out of bounds, not a facet or sort of the schema, or not in its vocabulary; the parameter name says which.</exception>
    public SearchResult Search(SearchQuery query)
    {
        SearchQueryValidator.Validate(_schema, query);
        var text = _textQueries.Build(query.Text);
        return WithSearcher(searcher => _runner.Search(searcher, query, text));
    }

    /// <summary>
    /// The first <paramref name="count"/> documents that match every word of the text and every filter, in the order
    /// <see cref="Search"/> gives them (its pages laid end to end), each with the values of <paramref name="fields"/>
    /// (stored fields of the schema; others are left out) and no highlight. For callers that only rank, such as
    /// candidate retrieval: no facets, no partial-match pass, and one pass for any depth where paging runs the query
    /// once a page. The query's page, page size and partial-match threshold are not read.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="Search"/>, or <paramref name="count"/> is not within 1 to <see cref="SearchQuery.MaxResultWindow"/>.</exception>
    public IReadOnlyList<SearchHit> Top(SearchQuery query, int count, IReadOnlyList<string> fields)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, SearchQuery.MaxResultWindow);
        ArgumentNullException.ThrowIfNull(fields);
        SearchQueryValidator.Validate(_schema, query);
        var text = _textQueries.Build(query.Text);
        return WithSearcher(searcher => _runner.Top(searcher, query, text, count, fields));
    }

    /// <summary>The schema's suggestion strings that contain <paramref name="prefix"/>, those starting with it first.</summary>
    /// <exception cref="ArgumentException">The prefix is blank or too long, or max is out of 1..50.</exception>
    public IReadOnlyList<Suggestion> Suggest(string prefix, int max = 10)
    {
        Suggester.Validate(prefix, max);
        return WithSearcher(searcher => _suggester.Suggest(searcher, _schema.Layout, prefix, max));
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

    private List<(string Id, Document Document)> Map(IEnumerable<TDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents
            .Select(d =>
            {
                var id = DocumentMapper.ValidatedId(_schema, d);
                return (id, DocumentMapper.ToLucene(_schema, d, id));
            })
            .ToList();
    }

    private List<(string Field, float Boost)> Boosts(SearchLanguage language) =>
        [.. _schema.TextFields.Where(f => f.Language == language).Select(f => (f.Name, f.Boost))];

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
        return (writer, new SearcherManager(writer, applyAllDeletes: true, new WarmedSearcherFactory(_schema.Layout)));
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
}
