using SpecialtyTowns.DemoData;

// Loads the demo data set into a running system through its REST API. Options (or the
// environment variables in brackets): --gateway URL [ST_GATEWAY_URL], --file PATH,
// --admin-email [ST_ADMIN_EMAIL], --admin-password [ST_ADMIN_PASSWORD],
// --password (every demo account's) [ST_DEMO_PASSWORD], --accounts-out FILE, --wait SECONDS.
var options = CommandLine.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

try
{
    var set = DemoDataFile.Read(options.Load.File);
    using var http = new HttpClient { BaseAddress = options.Load.Gateway, Timeout = TimeSpan.FromSeconds(60) };
    var report = await new DemoLoader(new GatewayClient(http), Console.Out).LoadAsync(set, options.Load, CancellationToken.None);
    report.WriteTo(Console.Out);
    var accounts = DemoAccountsTable.Format(set, options.Load.Password);
    Console.WriteLine(accounts);
    if (options.AccountsOut is not null)
    {
        await File.WriteAllTextAsync(options.AccountsOut, accounts + Environment.NewLine);
    }

    return 0;
}
catch (DemoDataException e)
{
    Console.Error.WriteLine($"[demo] failed: {e.Message}");
    return 1;
}
catch (HttpRequestException e)
{
    Console.Error.WriteLine($"[demo] failed: the gateway could not be reached: {e.Message}");
    return 1;
}
