using System.Collections.Concurrent;

namespace SpecialtyTowns.Messaging.IntegrationTests.Fakes;

/// <summary>Counts handling attempts per label, including those that failed and rolled back.</summary>
public sealed class HandlingLog
{
    private readonly ConcurrentDictionary<string, int> _attempts = new();

    public int Attempt(string label) => _attempts.AddOrUpdate(label, 1, (_, count) => count + 1);

    public int Attempts(string label) => _attempts.GetValueOrDefault(label);
}
