namespace SpecialtyTowns.Expo.Domain.Participants;

/// <summary>
/// A person a participant brings: an investor's staff, a town's official, or an enterprise of the
/// town's delegation (<see cref="EnterpriseId"/>). Requests and counter-proposals name attendees by id.
/// </summary>
public sealed class Attendee
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Title { get; set; }

    /// <summary>In a town delegation: the enterprise this person represents.</summary>
    public Guid? EnterpriseId { get; set; }

    public List<string> Languages { get; set; } = [];
}
