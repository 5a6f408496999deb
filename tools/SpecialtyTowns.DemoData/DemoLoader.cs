using System.Net;
using System.Text.Json;

namespace SpecialtyTowns.DemoData;

/// <summary>
/// Loads a demo data set through the gateway's REST API and nothing else. Safe to run again:
/// accounts that sign in are left as they are, and every project call carries an
/// Idempotency-Key made from the project's key, so a second run gets back what the first
/// created and changes nothing.
/// </summary>
public sealed class DemoLoader(GatewayClient gateway, TextWriter log)
{
    private const string StatusNote = "示例数据 / sample data";

    public async Task<DemoLoadReport> LoadAsync(DemoDataSet set, DemoLoadOptions options, CancellationToken cancellationToken)
    {
        await gateway.WaitUntilReadyAsync(options.ReadyTimeout, cancellationToken);
        var towns = await gateway.TownIdsByNameAsync(cancellationToken);
        DemoDataFile.CheckTowns(set, towns.Keys.ToList());

        var (adminToken, status) = await gateway.SignInAsync(options.AdminEmail, options.AdminPassword, cancellationToken);
        if (adminToken is null)
        {
            throw new DemoDataException($"the admin {options.AdminEmail} could not sign in ({(int)status})");
        }

        var report = new DemoLoadReport();
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var account in set.Accounts)
        {
            var townId = account.Town is null ? null : towns[account.Town];
            tokens[account.Key] = await EnsureAccountAsync(account, townId, options.Password, adminToken, report, cancellationToken);
        }

        var present = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var project in set.Projects)
        {
            var owner = set.Accounts.First(a => a.Role == "town" && a.Town == project.Town);
            var townId = towns[project.Town];
            // What the town lists before this run's call was there already (the call then replays it).
            if (!present.TryGetValue(townId, out var titles))
            {
                present[townId] = titles = await gateway.TownProjectTitlesAsync(tokens[owner.Key], townId, cancellationToken);
            }

            await EnsureProjectAsync(project, townId, tokens[owner.Key], !titles.Contains(project.Title), report, cancellationToken);
        }

        return report;
    }

    private async Task<string> EnsureAccountAsync(DemoAccount account, string? townId, string password, string adminToken, DemoLoadReport report, CancellationToken cancellationToken)
    {
        var (token, status) = await gateway.SignInAsync(account.Email, password, cancellationToken);
        if (token is not null)
        {
            report.Add("account", account.Email, created: false, account.Role);
            return token;
        }

        var created = false;
        if (status == HttpStatusCode.Unauthorized)
        {
            // Registering an email that has an account answers like a new one: the sign-in below tells.
            await gateway.RegisterAsync(account.Email, password, account.Role, townId, cancellationToken);
            created = true;
        }

        if (account.Role != "investor" && await gateway.FindPendingAccountAsync(adminToken, account.Email, cancellationToken) is { } id)
        {
            await gateway.ApproveAsync(adminToken, id, cancellationToken);
            log.WriteLine($"[demo] approved {account.Email}");
            created = true;
        }

        (token, status) = await gateway.SignInAsync(account.Email, password, cancellationToken);
        if (token is null)
        {
            throw new DemoDataException(status == HttpStatusCode.Unauthorized
                ? $"{account.Email} exists with another password than the one given (or was registered by someone else)"
                : $"{account.Email} cannot sign in ({(int)status}): it was rejected or still awaits approval");
        }

        report.Add("account", account.Email, created, account.Role);
        return token;
    }

    private async Task EnsureProjectAsync(DemoProject project, string townId, string token, bool isNew, DemoLoadReport report, CancellationToken cancellationToken)
    {
        var body = new
        {
            townId,
            project.Title,
            project.TitleEn,
            project.Description,
            project.DescriptionEn,
            project.Industry,
            project.AmountMinYuan,
            project.AmountMaxYuan,
            project.CooperationModes,
            project.LandAreaSquareMetres,
            project.Incentives,
            project.Location,
            project.Deadline,
            project.ContactName,
            project.ContactPhone,
            project.ContactEmail,
        };
        var created = await gateway.CreateProjectAsync(token, $"demo:{project.Key}:create", body, cancellationToken);
        var id = created.GetProperty("id").GetString()!;
        var current = created;
        foreach (var (step, index) in DemoDataFile.StatusPaths[project.Status].Select((s, i) => (s, i)))
        {
            // A replayed step answers what it answered then, so the path is walked the same way every run.
            current = await gateway.ChangeStatusAsync(token, id, step, StatusNote, $"demo:{project.Key}:status:{index}:{step}", cancellationToken);
        }

        report.Add("project", $"{project.Title} [{project.Key}]", isNew, $"{StatusOf(current)}, id {id}");
    }

    private static string StatusOf(JsonElement project) => project.GetProperty("status").GetString() ?? string.Empty;
}
