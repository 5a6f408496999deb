using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace SpecialtyTowns.DemoData;

/// <summary>
/// Reads a demo file and checks it before anything is sent: every demo item must say in both
/// languages that it is sample data, and every town must be a real seed town.
/// </summary>
public static partial class DemoDataFile
{
    public const int Format = 1;
    public const string EmailDomain = "@demo.specialtytowns.local";
    public const string TitlePrefix = "【示例】";
    public const string TitlePrefixEn = "[Sample] ";
    public const string DescriptionMark = "示例数据";
    public const string DescriptionMarkEn = "sample data";

    /// <summary>Roles the loader can set up today (an enterprise account needs an enterprise: a later section).</summary>
    public static readonly IReadOnlyList<string> Roles = ["investor", "town", "organizer"];

    /// <summary>The lifecycle steps from draft to each status the demo may ask for, in order.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> StatusPaths = new Dictionary<string, IReadOnlyList<string>>
    {
        ["draft"] = [],
        ["published"] = ["published"],
        ["negotiating"] = ["published", "negotiating"],
        ["signed"] = ["published", "negotiating", "signed"],
        ["landed"] = ["published", "negotiating", "signed", "landed"],
        ["withdrawn"] = ["withdrawn"],
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // A misspelt field fails instead of silently loading less than the file says.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static DemoDataSet Read(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (DemoDataException e)
        {
            throw new DemoDataException($"{path}: {e.Message}");
        }
    }

    /// <summary>Parses and checks everything that does not need the running system.</summary>
    public static DemoDataSet Parse(string json)
    {
        DemoDataSet? set;
        try
        {
            set = JsonSerializer.Deserialize<DemoDataSet>(json, Json);
        }
        catch (JsonException e)
        {
            throw new DemoDataException($"not a valid demo file: {e.Message}");
        }

        if (set is null)
        {
            throw new DemoDataException("not a valid demo file: it is empty");
        }

        var problems = Problems(set).ToList();
        return problems.Count == 0 ? set : throw new DemoDataException(string.Join(Environment.NewLine, problems));
    }

    /// <summary>Every town the file names must be one of <paramref name="seedTowns"/> (exact names).</summary>
    public static void CheckTowns(DemoDataSet set, IReadOnlyCollection<string> seedTowns)
    {
        var known = seedTowns.ToHashSet(StringComparer.Ordinal);
        var named = set.Accounts.Where(a => a.Town is not null).Select(a => ($"account '{a.Key}'", a.Town!))
            .Concat(set.Projects.Select(p => ($"project '{p.Key}'", p.Town)));
        var unknown = named.Where(n => !known.Contains(n.Item2))
            .Select(n => $"{n.Item1} names the town '{n.Item2}', which is not a seed town (data/shanxi-specialty-towns.json)")
            .ToList();
        if (unknown.Count > 0)
        {
            throw new DemoDataException(string.Join(Environment.NewLine, unknown));
        }
    }

    private static IEnumerable<string> Problems(DemoDataSet set)
    {
        if (set.Format != Format)
        {
            yield return $"format {set.Format} is not supported (this loader reads format {Format})";
        }

        foreach (var key in Duplicates(set.Accounts.Select(a => a.Key)))
        {
            yield return $"account key '{key}' is used twice";
        }

        foreach (var email in Duplicates(set.Accounts.Select(a => a.Email.ToLowerInvariant())))
        {
            yield return $"account email '{email}' is used twice";
        }

        foreach (var key in Duplicates(set.Projects.Select(p => p.Key)))
        {
            yield return $"project key '{key}' is used twice";
        }

        foreach (var problem in set.Accounts.SelectMany(AccountProblems))
        {
            yield return problem;
        }

        var townsWithAccount = set.Accounts.Where(a => a.Role == "town" && a.Town is not null).Select(a => a.Town!).ToHashSet(StringComparer.Ordinal);
        foreach (var project in set.Projects)
        {
            foreach (var problem in ProjectProblems(project))
            {
                yield return $"project '{project.Key}': {problem}";
            }

            if (!townsWithAccount.Contains(project.Town))
            {
                yield return $"project '{project.Key}': no town account for '{project.Town}' creates it (add one to accounts)";
            }
        }
    }

    private static IEnumerable<string> AccountProblems(DemoAccount account)
    {
        var name = $"account '{account.Key}'";
        if (!KeyForm().IsMatch(account.Key))
        {
            yield return $"{name}: key must be 1-60 of a-z, 0-9 and '-'";
        }

        if (!account.Email.EndsWith(EmailDomain, StringComparison.OrdinalIgnoreCase) || account.Email.Length == EmailDomain.Length)
        {
            yield return $"{name}: email must be an address under {EmailDomain}, so that nobody mistakes it for a real one";
        }

        if (!Roles.Contains(account.Role))
        {
            yield return $"{name}: role '{account.Role}' is not one of: {string.Join(", ", Roles)}";
        }

        if (account.Role == "town" && string.IsNullOrWhiteSpace(account.Town))
        {
            yield return $"{name}: a town account names its seed town in 'town'";
        }

        if (account.Role != "town" && account.Town is not null)
        {
            yield return $"{name}: only a town account names a town";
        }
    }

    private static IEnumerable<string> ProjectProblems(DemoProject project)
    {
        if (!KeyForm().IsMatch(project.Key))
        {
            yield return "key must be 1-60 of a-z, 0-9 and '-'";
        }

        if (!StatusPaths.ContainsKey(project.Status))
        {
            yield return $"status '{project.Status}' is not one of: {string.Join(", ", StatusPaths.Keys)}";
        }

        if (!project.Title.StartsWith(TitlePrefix, StringComparison.Ordinal))
        {
            yield return $"title must begin with {TitlePrefix} (it is sample data)";
        }

        if (!project.TitleEn.StartsWith(TitlePrefixEn, StringComparison.Ordinal))
        {
            yield return $"titleEn must begin with '{TitlePrefixEn}' (it is sample data)";
        }

        if (!project.Description.Contains(DescriptionMark, StringComparison.Ordinal))
        {
            yield return $"description must say that it is {DescriptionMark}";
        }

        if (!project.DescriptionEn.Contains(DescriptionMarkEn, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"descriptionEn must say that it is {DescriptionMarkEn}";
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

    // Keys become parts of idempotency keys (at most 100 characters with their prefix and suffix).
    [GeneratedRegex("^[a-z0-9-]{1,60}$")]
    private static partial Regex KeyForm();
}
