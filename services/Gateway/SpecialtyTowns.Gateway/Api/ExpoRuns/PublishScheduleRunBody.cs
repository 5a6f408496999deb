namespace SpecialtyTowns.Gateway.Api.ExpoRuns;

/// <summary>Published meetings are locked (later runs keep them) unless <see cref="LeaveUnlocked"/>.</summary>
public sealed record PublishScheduleRunBody(bool? LeaveUnlocked);
