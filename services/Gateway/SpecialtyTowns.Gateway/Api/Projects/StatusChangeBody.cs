namespace SpecialtyTowns.Gateway.Api.Projects;

/// <summary>The next status (published, negotiating, signed, landed, withdrawn, or back to published) and an optional note.</summary>
public sealed record StatusChangeBody(string? Status, string? Note);
