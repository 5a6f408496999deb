using Lucene.Net.Store;
using SpecialtyTowns.Bench.Data;
using SpecialtyTowns.Towns.UnitTests.Search.TestData;
using SpecialtyTowns.Search;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search;

public sealed class SearchIndexWriteTests : IDisposable
{
    private readonly SearchIndex<SearchDocument> _index = TestIndexes.InMemory();

    public SearchIndexWriteTests() => _index.Rebuild(SeedData.Towns);

    [Fact]
    public void Upsert_WhenDocumentIsNew_IsFoundByTheNextSearch()
    {
        var project = TestDocuments.Project("定襄高端法兰锻造项目", text: "年产十万吨风电法兰");

        _index.Upsert(project);
        var result = _index.Search(new TownsSearchQuery { Text = "风电" });

        Assert.Equal(project.Id, Assert.Single(result.Items).Id);
        Assert.Equal(SeedData.Towns.Count + 1, _index.Count);
    }

    [Fact]
    public void Upsert_WhenIdExists_ReplacesTheDocument()
    {
        var town = SeedData.Town(SeedData.QingxuVinegar);
        var renamed = town with { Title = "清徐老陈醋与酱油专业镇", Keywords = ["老陈醋 aged vinegar", "酱油 soy sauce"] };

        _index.Upsert(renamed);
        var bySoySauce = _index.Search(new TownsSearchQuery { Text = "soy sauce" });
        var byOldTitle = _index.Search(new TownsSearchQuery { Text = SeedData.QingxuVinegar });

        Assert.Equal("清徐老陈醋与酱油专业镇", Assert.Single(bySoySauce.Items).Title);
        Assert.DoesNotContain(byOldTitle.Items, i => i.Title == SeedData.QingxuVinegar);
        Assert.Equal(SeedData.Towns.Count, _index.Count);
    }

    [Fact]
    public void Delete_WhenDocumentExists_RemovesItFromResultsAndFacets()
    {
        var town = SeedData.Town(SeedData.XiaoyiHydrogen);
        var before = _index.Search(new TownsSearchQuery()).Facets[SearchFacets.Category].Single(v => v.Value == town.Category).Count;

        _index.Delete(town.Id);
        var result = _index.Search(new TownsSearchQuery { Text = "hydrogen" });
        var after = _index.Search(new TownsSearchQuery()).Facets[SearchFacets.Category].Single(v => v.Value == town.Category).Count;

        Assert.Empty(result.Items);
        Assert.Equal(before - 1, after);
        Assert.Equal(SeedData.Towns.Count - 1, _index.Count);
    }

    [Fact]
    public void Delete_WhenIdIsUnknown_ChangesNothing()
    {
        var id = Guid.NewGuid();

        _index.Delete(id);

        Assert.Equal(SeedData.Towns.Count, _index.Count);
    }

    [Fact]
    public void Rebuild_WhenGivenOtherDocuments_ReplacesEverything()
    {
        var projects = SyntheticProjectGenerator.Generate(SeedData.Towns, 30);

        _index.Rebuild(projects);
        var result = _index.Search(new TownsSearchQuery { PageSize = 100 });

        Assert.Equal(projects.Select(p => p.Id).Order(), result.Items.Select(i => i.Id).Order());
        Assert.Equal([SearchKinds.Project], result.Facets[SearchFacets.Kind].Select(v => v.Value));
    }

    [Fact]
    public void Rebuild_WhenTwoDocumentsShareAnId_ThrowsAndKeepsTheOldContent()
    {
        var project = TestDocuments.Project("重复项目");

        var exception = Assert.Throws<ArgumentException>(() => _index.Rebuild([project, project with { Title = "另一个" }]));

        Assert.Equal("documents", exception.ParamName);
        Assert.Equal(SeedData.Towns.Count, _index.Count);
    }

    [Fact]
    public void Rebuild_WhenADocumentIsInvalid_ThrowsAndKeepsTheOldContent()
    {
        var documents = new[] { TestDocuments.Project("有效项目"), TestDocuments.Project("无效项目") with { Category = "tourism" } };

        Assert.ThrowsAny<ArgumentException>(() => _index.Rebuild(documents));

        Assert.Equal(SeedData.Towns.Count, _index.Count);
        Assert.Equal(0, _index.Search(new TownsSearchQuery { Kind = SearchKinds.Project }).Total);
    }

    [Fact]
    public void Rebuild_WhenWritingFails_RollsBackToTheOldContentAndStaysWritable()
    {
        using var directory = new FailingDirectory(new RAMDirectory());
        using var index = new SearchIndex<SearchDocument>(TownsSearchSchema.Instance, directory);
        index.Rebuild(SeedData.Towns);
        var project = TestDocuments.Project("回滚之后的项目");
        directory.FailWrites = true;

        Assert.ThrowsAny<IOException>(() => index.Rebuild(SyntheticProjectGenerator.Generate(SeedData.Towns, 100)));
        directory.FailWrites = false;
        index.Upsert(project);

        Assert.Equal(SeedData.Towns.Count, index.Search(new TownsSearchQuery { Kind = SearchKinds.Town }).Total);
        Assert.Equal(project.Id, Assert.Single(index.Search(new TownsSearchQuery { Kind = SearchKinds.Project }).Items).Id);
    }

    [Fact]
    public async Task Rebuild_WhileSearchesRun_SearchesSeeTheOldOrTheNewContentNeverAMix()
    {
        var projects = SyntheticProjectGenerator.Generate(SeedData.Towns, 2_000);
        var totals = new HashSet<int>();
        using var stop = new CancellationTokenSource();
        using var searching = new ManualResetEventSlim();
        var searcher = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var total = _index.Search(new TownsSearchQuery()).Total;
                lock (totals)
                {
                    totals.Add(total);
                }

                searching.Set();
            }
        });
        searching.Wait(TimeSpan.FromSeconds(30));

        _index.Rebuild(projects);
        var afterRebuild = _index.Search(new TownsSearchQuery()).Total;
        stop.Cancel();
        await searcher.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(projects.Count, afterRebuild);
        Assert.Contains(SeedData.Towns.Count, totals);
        Assert.Subset(new HashSet<int> { SeedData.Towns.Count, projects.Count }, totals);
    }

    [Fact]
    public void Upsert_WhenCalledFromManyThreadsWhileSearching_KeepsEveryDocument()
    {
        var projects = SyntheticProjectGenerator.Generate(SeedData.Towns, 400);

        Parallel.ForEach(projects.Chunk(10), new ParallelOptions { MaxDegreeOfParallelism = 4 }, chunk =>
        {
            foreach (var project in chunk)
            {
                _index.Upsert(project);
            }

            _index.Search(new TownsSearchQuery { Text = "项目" });
        });
        var result = _index.Search(new TownsSearchQuery { Kind = SearchKinds.Project });

        Assert.Equal(projects.Count, result.Total);
        Assert.Equal(SeedData.Towns.Count + projects.Count, _index.Count);
    }

    [Fact]
    public void Commit_WhenTheIndexIsReopenedOnTheSameDirectory_KeepsTheDocuments()
    {
        using var directory = new RAMDirectory();
        var project = TestDocuments.Project("持久化测试项目");
        using (var first = new SearchIndex<SearchDocument>(TownsSearchSchema.Instance, directory))
        {
            first.Rebuild(SeedData.Towns);
            first.Upsert(project);
            first.Commit();
        }

        using var reopened = new SearchIndex<SearchDocument>(TownsSearchSchema.Instance, directory);
        var result = reopened.Search(new TownsSearchQuery { Text = "持久化" });

        Assert.Equal(SeedData.Towns.Count + 1, reopened.Count);
        Assert.Equal(project.Id, Assert.Single(result.Items).Id);
    }

    [Fact]
    public void Search_WhenIndexIsDisposed_ThrowsObjectDisposedException()
    {
        var index = TestIndexes.InMemory();
        index.Dispose();

        var search = () => index.Search(new TownsSearchQuery());

        Assert.Throws<ObjectDisposedException>(search);
    }

    public void Dispose() => _index.Dispose();
}
