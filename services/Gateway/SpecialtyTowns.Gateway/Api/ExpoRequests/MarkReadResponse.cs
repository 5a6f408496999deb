namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

public sealed record MarkReadResponse(int Marked);
