using System.Text.Json;

namespace SpecialtyTowns.TestKit.BadInput;

/// <summary>A path or query parameter of an OpenAPI operation, with its schema resolved.</summary>
public sealed record OpenApiParameter(string Name, string In, JsonElement Schema);
