namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>What a delete removed: the item first, then (for a hall) its tables.</summary>
public sealed record SetupItemsDeletedResponse(IReadOnlyList<string> DeletedIds);
