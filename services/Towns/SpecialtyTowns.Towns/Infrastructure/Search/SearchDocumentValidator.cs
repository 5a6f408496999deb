using SpecialtyTowns.SharedKernel.Industries;
using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.Towns.Application.Search;

namespace SpecialtyTowns.Towns.Infrastructure.Search;

/// <summary>Rejects documents the index could not search or facet correctly; <see cref="TownsSearchSchema"/> runs it on every write.</summary>
internal static class SearchDocumentValidator
{
    public const int MaxTitleLength = 500;
    public const int MaxTextLength = 100_000;

    public static void Validate(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Id == Guid.Empty)
        {
            throw new ArgumentException("Id must not be empty.", nameof(SearchDocument.Id));
        }

        RequireOneOf(document.Kind, SearchKinds.All, nameof(SearchDocument.Kind));
        RequireText(document.Title, MaxTitleLength, nameof(SearchDocument.Title));
        RequireLength(document.Text, MaxTextLength, nameof(SearchDocument.Text));
        RequireLength(document.TextEn, MaxTextLength, nameof(SearchDocument.TextEn));
        RequireLength(document.TitleEn, MaxTitleLength, nameof(SearchDocument.TitleEn));
        RequireText(document.TownName, MaxTitleLength, nameof(SearchDocument.TownName));
        if (document.TownId == Guid.Empty)
        {
            throw new ArgumentException("TownId must not be empty.", nameof(SearchDocument.TownId));
        }

        RequireOneOf(document.Category, TownCategories.All, nameof(SearchDocument.Category));
        if (document.Level is not null)
        {
            RequireOneOf(document.Level, TownLevels.All, nameof(SearchDocument.Level));
        }

        if (document.Industry is not null && !IndustryCodes.IsValid(document.Industry))
        {
            throw new ArgumentException($"Industry '{document.Industry}' is not a GB/T 4754 code.", nameof(SearchDocument.Industry));
        }

        ValidateAmounts(document);
        ValidateStatus(document);
        if (document.CooperationModes.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Cooperation modes must not be blank.", nameof(SearchDocument.CooperationModes));
        }

        if (document.Keywords.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Keywords must not be blank.", nameof(SearchDocument.Keywords));
        }
    }

    private static void ValidateAmounts(SearchDocument document)
    {
        if (document.AmountMinFen < 0)
        {
            throw new ArgumentException("AmountMinFen must not be negative.", nameof(SearchDocument.AmountMinFen));
        }

        if (document.AmountMaxFen < 0)
        {
            throw new ArgumentException("AmountMaxFen must not be negative.", nameof(SearchDocument.AmountMaxFen));
        }

        if (document.AmountMinFen > document.AmountMaxFen)
        {
            throw new ArgumentException("AmountMinFen must not exceed AmountMaxFen.", nameof(SearchDocument.AmountMinFen));
        }
    }

    private static void ValidateStatus(SearchDocument document)
    {
        if (document.Kind == SearchKinds.Project)
        {
            RequireOneOf(document.Status, ProjectStatuses.All, nameof(SearchDocument.Status));
        }
        else if (document.Status is not null)
        {
            throw new ArgumentException("A town has no status.", nameof(SearchDocument.Status));
        }
    }

    private static void RequireOneOf(string? value, IReadOnlyList<string> allowed, string name)
    {
        if (value is null || !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{name} '{value}' is not one of: {string.Join(", ", allowed)}.", name);
        }
    }

    private static void RequireText(string? value, int maxLength, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be blank.", name);
        }

        RequireLength(value, maxLength, name);
    }

    private static void RequireLength(string? value, int maxLength, string name)
    {
        if (TextRule.Length(value) > maxLength)
        {
            throw new ArgumentException($"{name} is longer than {maxLength} characters.", name);
        }
    }
}
