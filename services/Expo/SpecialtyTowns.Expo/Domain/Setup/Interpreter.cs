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
        Languages = Normalized(languages),
    };

    /// <summary>The language codes as stored: trimmed, lower case, each once.</summary>
    public static List<string> Normalized(IEnumerable<string> languages) => languages.Select(l => l.Trim().ToLowerInvariant()).Distinct().ToList();

    /// <summary>Renames the interpreter or changes its languages; false when nothing changes (a no-op edit publishes nothing).</summary>
    public bool Change(string name, IEnumerable<string> languages)
    {
        var newName = name.Trim();
        var newLanguages = Normalized(languages);
        if (Name == newName && Languages.SequenceEqual(newLanguages))
        {
            return false;
        }

        Name = newName;
        Languages = newLanguages;
        return true;
    }
}
