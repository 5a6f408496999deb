namespace SpecialtyTowns.Expo.Application.Registration;

public sealed record NewAttendee(Guid? Id, string Name, string? Title, Guid? EnterpriseId, IReadOnlyList<string> Languages);
