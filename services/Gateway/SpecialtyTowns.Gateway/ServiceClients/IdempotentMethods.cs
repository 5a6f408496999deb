namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>
/// Which calls may be retried: reads (Get*, List*, Search*) only. A mutating call that failed
/// may still have taken effect, so it is never sent twice by the client.
/// </summary>
public static class IdempotentMethods
{
    private static readonly string[] Prefixes = ["Get", "List", "Search"];

    public static bool IsIdempotent(string method) =>
        Array.Exists(Prefixes, prefix => method.StartsWith(prefix, StringComparison.Ordinal));
}
