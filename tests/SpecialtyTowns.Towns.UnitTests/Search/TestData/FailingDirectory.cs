using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SpecialtyTowns.Towns.UnitTests.Search.TestData;

/// <summary>A directory whose file creation can be made to fail, like a full disk.</summary>
public sealed class FailingDirectory(LuceneDirectory inner) : FilterDirectory(inner)
{
    public bool FailWrites { get; set; }

    public override IndexOutput CreateOutput(string name, IOContext context) =>
        FailWrites ? throw new IOException($"Simulated write failure on {name}") : base.CreateOutput(name, context);
}
