using System.Text.Json.Nodes;

namespace SpecialtyTowns.TestKit.BadInput;

/// <summary>
/// A request the route accepts from its caller: the id for the path parameters, the query
/// string (with its leading '?', or empty) and the JSON body. Each case breaks one thing of it.
/// </summary>
public sealed record BadInputBaseline(string PathValue, string Query, JsonNode? Body);
