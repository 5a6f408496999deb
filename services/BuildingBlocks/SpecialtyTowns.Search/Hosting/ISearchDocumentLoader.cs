namespace SpecialtyTowns.Search.Hosting;

/// <summary>
/// Streams every document the index should hold from the service's database, for the rebuild at start. Resolved in
/// a scope of its own, so it may take the service's DbContext.
/// </summary>
/// <typeparam name="TDocument">The service's own document type.</typeparam>
public interface ISearchDocumentLoader<out TDocument>
{
    IAsyncEnumerable<TDocument> LoadAllAsync(CancellationToken cancellationToken);
}
