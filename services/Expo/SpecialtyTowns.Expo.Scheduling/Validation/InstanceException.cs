namespace SpecialtyTowns.Expo.Scheduling.Validation;

/// <summary>An instance that is malformed or contradicts itself; the message is one line naming what is wrong.</summary>
public sealed class InstanceException : Exception
{
    public InstanceException()
    {
    }

    public InstanceException(string message)
        : base(message)
    {
    }

    public InstanceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InstanceException(IReadOnlyList<string> errors)
        : base(Summarize(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; } = [];

    private static string Summarize(IReadOnlyList<string> errors)
    {
        const int Shown = 5;
        var text = string.Join("; ", errors.Take(Shown));
        return errors.Count > Shown ? $"{text}; and {errors.Count - Shown} more problems" : text;
    }
}
