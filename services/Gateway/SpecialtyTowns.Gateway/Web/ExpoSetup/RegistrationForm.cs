using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Web.ExpoSetup;

/// <summary>A participant's registration as posted: attendees one a line, "name, title".</summary>
public sealed class RegistrationForm
{
    public string RequestId { get; set; } = Guid.NewGuid().ToString();

    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? Languages { get; set; }

    public string? Seats { get; set; }

    public string? Attendees { get; set; }

    public RegisterRequest ToRequest(Guid eventId, string kind)
    {
        var request = new RegisterRequest
        {
            EventId = eventId.ToString(),
            RequestId = RequestId,
            Kind = kind,
            Name = Name ?? string.Empty,
            NameEn = NameEn ?? string.Empty,
            Seats = SetupForms.Number(Seats),
        };
        request.Languages.AddRange(SetupForms.List(Languages));
        foreach (var line in (Attendees ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split([',', '，'], 2, StringSplitOptions.TrimEntries);
            request.Attendees.Add(new ParticipantAttendee { Name = parts[0], Title = parts.Length > 1 ? parts[1] : string.Empty });
        }

        return request;
    }
}
