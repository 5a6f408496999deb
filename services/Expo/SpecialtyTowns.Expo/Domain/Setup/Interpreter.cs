namespace SpecialtyTowns.Expo.Domain.Setup;

/// <summary>An interpreter the organizer provides; a meeting that asks for a language gets one who speaks it.</summary>
public sealed class Interpreter
{
    private Interpreter()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Language codes besides Chinese (e.g. "en", "ja", "de").</summary>
    public List<string> Languages { get; private set; } = [];

    public static Interpreter Create(Guid eventId, string name, IEnumerable<string> languages) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = eventId,
        Name = name.Trim(),
        Languages = languages.Select(l => l.Trim().ToLowerInvariant()).Distinct().ToList(),
    };

    public void Change(string name, IEnumerable<string> languages)
    {
        Name = name.Trim();
        Languages = languages.Select(l => l.Trim().ToLowerInvariant()).Distinct().ToList();
    }
}
