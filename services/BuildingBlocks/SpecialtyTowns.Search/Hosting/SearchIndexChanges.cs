namespace SpecialtyTowns.Search.Hosting;

/// <summary>What one event does to the index: documents to add or replace, and ids to remove.</summary>
/// <typeparam name="TDocument">The service's own document type.</typeparam>
public sealed record SearchIndexChanges<TDocument>(IReadOnlyList<TDocument> Upserts, IReadOnlyList<string> Deletes)
{
    public static SearchIndexChanges<TDocument> Upsert(IEnumerable<TDocument> documents) => new([.. documents], []);

    public static SearchIndexChanges<TDocument> Delete(string id) => new([], [id]);
}
