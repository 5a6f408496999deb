using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>The keyword-search baseline: Lucene BM25 over the projects' titles and descriptions, queried with an organisation's keywords.</summary>
internal sealed class KeywordSearch : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public KeywordSearch(IEnumerable<HiddenProject> projects)
    {
        var config = new IndexWriterConfig(Version, new StandardAnalyzer(Version)) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var project in projects)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", project.Row.ProjectId.ToString(), Field.Store.YES),
                    new TextField("text", $"{project.Row.Title} {project.Row.TitleEn} {project.Row.Description}", Field.Store.NO),
                });
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<Guid> Search(IEnumerable<string> keywords, int k)
    {
        var query = new BooleanQuery();
        foreach (var keyword in keywords)
        {
            query.Add(new TermQuery(new Term("text", keyword.ToLowerInvariant())), Occur.SHOULD);
        }

        return _searcher.Search(query, k).ScoreDocs.Select(hit => Guid.Parse(_searcher.Doc(hit.Doc).Get("id"))).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
