namespace SpecialtyTowns.DemoData;

/// <summary>
/// A project that the demo account of its <see cref="Town"/> creates and moves to <see cref="Status"/>;
/// the other fields are sent as they are to <c>POST /api/v1/projects</c>.
/// </summary>
public sealed record DemoProject(
    string Key,
    string Town,
    string Status,
    string Title,
    string TitleEn,
    string Description,
    string DescriptionEn,
    string Industry,
    decimal AmountMinYuan,
    decimal AmountMaxYuan,
    IReadOnlyList<string> CooperationModes,
    decimal? LandAreaSquareMetres = null,
    string? Incentives = null,
    string? Location = null,
    string? Deadline = null,
    string? ContactName = null,
    string? ContactPhone = null,
    string? ContactEmail = null);
