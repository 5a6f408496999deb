namespace SpecialtyTowns.SharedKernel.Errors;

/// <summary>The addressed resource does not exist (or is not visible to the caller).</summary>
public sealed class NotFoundException(string resource, string id)
    : Exception($"{resource} '{id}' was not found")
{
    public string Resource { get; } = resource;

    public string Id { get; } = id;
}
