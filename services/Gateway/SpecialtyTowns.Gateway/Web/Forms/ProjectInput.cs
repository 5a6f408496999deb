using System.Globalization;
using SpecialtyTowns.Gateway.Api.Projects;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Web.Forms;

/// <summary>
/// The project form as posted, every field as typed; it becomes the REST API's <see cref="ProjectBody"/>,
/// so yuan become fen exactly as for the API (<see cref="ProjectMapping"/>).
/// </summary>
public sealed class ProjectInput
{
    /// <summary>The form field of the cooperation-mode checkboxes (read from the posted form: one value per box ticked).</summary>
    public const string CooperationModeField = "cooperationMode";

    public string? RequestId { get; set; }

    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    public string? Description { get; set; }

    public string? DescriptionEn { get; set; }

    public string? Industry { get; set; }

    public string? AmountMinYuan { get; set; }

    public string? AmountMaxYuan { get; set; }

    /// <summary>Not posted under this name (see <see cref="CooperationModeField"/>): form binding may leave it null.</summary>
    public List<string>? CooperationModes { get; set; } = [];

    public string? LandAreaSquareMetres { get; set; }

    public string? Incentives { get; set; }

    public string? Location { get; set; }

    public string? Deadline { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public static ProjectInput New() => new() { RequestId = Guid.NewGuid().ToString() };

    public static ProjectInput From(Project project)
    {
        var response = ProjectMapping.ToResponse(project);
        return new ProjectInput
        {
            RequestId = Guid.NewGuid().ToString(),
            Title = response.Title,
            TitleEn = response.TitleEn,
            Description = response.Description,
            DescriptionEn = response.DescriptionEn,
            Industry = response.Industry,
            AmountMinYuan = response.AmountMinYuan.ToString(CultureInfo.InvariantCulture),
            AmountMaxYuan = response.AmountMaxYuan.ToString(CultureInfo.InvariantCulture),
            CooperationModes = [.. response.CooperationModes],
            LandAreaSquareMetres = response.LandAreaSquareMetres?.ToString(CultureInfo.InvariantCulture),
            Incentives = response.Incentives,
            Location = response.Location,
            Deadline = response.Deadline,
            ContactName = response.ContactName,
            ContactPhone = response.ContactPhone,
            ContactEmail = response.ContactEmail,
        };
    }

    /// <summary>
    /// The API's body. An amount that is not a number is left out (the mapping then refuses it) and
    /// named in <paramref name="notNumbers"/>; a land area that is not a number is not parsed here
    /// but sent as typed, for the service to refuse.
    /// </summary>
    public ProjectBody ToBody(ICollection<string> notNumbers) => new(
        null,
        Title,
        TitleEn,
        Description,
        DescriptionEn,
        Industry?.Trim(),
        Yuan(AmountMinYuan, "amountMinYuan", notNumbers),
        Yuan(AmountMaxYuan, "amountMaxYuan", notNumbers),
        CooperationModes ?? [],
        null,
        Incentives,
        Location,
        Deadline,
        ContactName,
        ContactPhone,
        ContactEmail);

    private static decimal? Yuan(string? text, string field, ICollection<string> notNumbers)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan))
        {
            return yuan;
        }

        notNumbers.Add(field);
        return null;
    }
}
