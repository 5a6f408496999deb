namespace SpecialtyTowns.TestKit.BadInput;

/// <summary>
/// One bad request: which class of bad input it is, what it breaks, the request itself, and
/// what a hardened API answers: <see cref="ExpectedStatuses"/> (null: anything but a 5xx, for
/// inputs that are not wrong in themselves, such as null for an optional field) and, for a
/// 400, at least one of <see cref="Fields"/> named in <c>errors</c>. <see cref="Marker"/> is
/// written into the request's free text, so a stored row of a refused request can be found.
/// </summary>
public sealed record BadInputCase(
    string Route,
    string Class,
    string Description,
    string Method,
    string Path,
    byte[]? Body,
    string? ContentType,
    IReadOnlySet<int>? ExpectedStatuses,
    IReadOnlyList<string> Fields,
    bool FieldsIgnoreCase,
    string Marker)
{
    public bool MustBeRefused => ExpectedStatuses is not null;

    public override string ToString() => $"[{Class}] {Description}";
}
