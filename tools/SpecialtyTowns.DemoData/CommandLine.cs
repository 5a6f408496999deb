namespace SpecialtyTowns.DemoData;

/// <summary>The loader's options: flags first, then the environment variables the run command sets.</summary>
public sealed record CommandLine(DemoLoadOptions Load, string? AccountsOut)
{
    public const string Usage =
        "usage: SpecialtyTowns.DemoData [--gateway URL] [--file data/demo/demo.json] [--admin-email EMAIL] " +
        "--admin-password PASSWORD --password DEMO_PASSWORD [--accounts-out FILE] [--wait SECONDS]\n" +
        "       (or ST_GATEWAY_URL, ST_ADMIN_EMAIL, ST_ADMIN_PASSWORD, ST_DEMO_PASSWORD in the environment)";

    public static CommandLine? Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        string? Value(string name, string? variable = null, string? fallback = null) =>
            values.GetValueOrDefault(name) ?? (variable is null ? null : Environment.GetEnvironmentVariable(variable)) ?? fallback;

        var adminPassword = Value("admin-password", "ST_ADMIN_PASSWORD");
        var password = Value("password", "ST_DEMO_PASSWORD");
        var known = new[] { "gateway", "file", "admin-email", "admin-password", "password", "accounts-out", "wait" };
        if (adminPassword is null || password is null || values.Keys.Any(k => !known.Contains(k))
            || !Uri.TryCreate(Value("gateway", "ST_GATEWAY_URL", "http://127.0.0.1:5100"), UriKind.Absolute, out var gateway)
            || !int.TryParse(Value("wait", fallback: "180"), out var wait))
        {
            return null;
        }

        var load = new DemoLoadOptions(
            gateway,
            Value("file", fallback: Path.Combine("data", "demo", "demo.json"))!,
            Value("admin-email", "ST_ADMIN_EMAIL", "admin@specialtytowns.local")!,
            adminPassword,
            password,
            TimeSpan.FromSeconds(wait));
        return new CommandLine(load, Value("accounts-out"));
    }
}
