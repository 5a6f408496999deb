using SpecialtyTowns.Enterprises.Application.Search;
using SpecialtyTowns.SharedKernel.Industries;

namespace SpecialtyTowns.Enterprises.Infrastructure.Search;

/// <summary>Rejects documents the index could not search or facet correctly; <see cref="EnterprisesSearchSchema"/> runs it on every write.</summary>
internal static class SearchDocumentRules
{
    public static void Validate(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Id == Guid.Empty || document.TownId == Guid.Empty)
        {
            throw new ArgumentException("Id and TownId must not be empty.", nameof(SearchDocument.Id));
        }

        if (!SearchKinds.All.Contains(document.Kind, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Kind '{document.Kind}' is not one of: {string.Join(", ", SearchKinds.All)}.", nameof(SearchDocument.Kind));
        }

        if (string.IsNullOrWhiteSpace(document.Title))
        {
            throw new ArgumentException("Title must not be blank.", nameof(SearchDocument.Title));
        }

        if (document.Industry is not null && !IndustryCodes.IsValid(document.Industry))
        {
            throw new ArgumentException($"Industry '{document.Industry}' is not a GB/T 4754 code.", nameof(SearchDocument.Industry));
        }

        if ((document.Kind == SearchKinds.Gap) != (document.Status is not null)
            || (document.Status is not null && !GapStatuses.All.Contains(document.Status, StringComparer.Ordinal)))
        {
            throw new ArgumentException($"Status '{document.Status}' does not fit a {document.Kind}.", nameof(SearchDocument.Status));
        }

        if (document.ChainPositions.Any(p => !ChainPositions.All.Contains(p, StringComparer.Ordinal)))
        {
            throw new ArgumentException("ChainPositions holds an unknown position.", nameof(SearchDocument.ChainPositions));
        }
    }
}
