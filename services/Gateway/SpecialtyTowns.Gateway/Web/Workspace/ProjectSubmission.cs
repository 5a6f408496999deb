using SpecialtyTowns.Gateway.Api.Projects;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Gateway.Web.Forms;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Web.Workspace;

/// <summary>
/// Sends the project form as the REST API sends its body: the same yuan-to-fen mapping, and, when
/// that mapping refuses a field, the service still asked about the others (storing nothing), so
/// one answer names every problem at its field.
/// </summary>
public static class ProjectSubmission
{
    public const string NotANumber = "must be a number";

    public static async Task<Project?> SendAsync(ProjectInput input, IEnumerable<string> cooperationModes, PageProblems problems, string invalidMessage, Func<ProjectContent, Task<Project>> call)
    {
        input.CooperationModes = [.. cooperationModes.Where(m => !string.IsNullOrEmpty(m)).Distinct(StringComparer.Ordinal)];
        var notNumbers = new List<string>();
        var mapped = new RequestProblems();
        var content = ProjectMapping.ToContent(input.ToBody(notNumbers), mapped);

        // Not parsed here: the service judges a land area as it does for the API (a positive number).
        content.LandAreaSquareMetres = input.LandAreaSquareMetres?.Trim() ?? string.Empty;
        if (!mapped.HasErrors)
        {
            return await problems.CallAsync(() => call(content));
        }

        await mapped.CallAsync(() => call(content));
        foreach (var (field, messages) in mapped.Errors)
        {
            foreach (var message in notNumbers.Contains(field) ? [NotANumber] : messages)
            {
                problems.Add(field, message);
            }
        }

        problems.SetGeneral(invalidMessage);
        return null;
    }
}
