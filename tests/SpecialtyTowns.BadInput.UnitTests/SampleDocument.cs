using System.Text.Json;

namespace SpecialtyTowns.BadInput.UnitTests;

/// <summary>A small OpenAPI document in the shape ASP.NET Core writes: refs, nullable types, numbers that may be strings.</summary>
internal static class SampleDocument
{
    public static JsonElement Value { get; } = JsonDocument.Parse(
        """
        {
          "openapi": "3.1.1",
          "paths": {
            "/api/v1/things": {
              "get": {
                "parameters": [
                  { "name": "Q", "in": "query", "schema": { "type": "string" } },
                  { "name": "Page", "in": "query", "schema": { "pattern": "^-?(?:0|[1-9]\\d*)$", "type": ["integer", "string"], "format": "int32" } }
                ]
              },
              "post": {
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ThingBody" } } } }
              }
            },
            "/api/v1/things/{id}": {
              "get": { "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ] },
              "delete": { "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ] }
            }
          },
          "components": {
            "schemas": {
              "ThingBody": {
                "required": ["townId", "title", "amount"],
                "type": "object",
                "properties": {
                  "townId": { "type": ["null", "string"], "format": "uuid" },
                  "title": { "type": "string", "maxLength": 100 },
                  "amount": { "pattern": "^-?(?:0|[1-9]\\d*)(?:\\.\\d+)?$", "type": ["number", "string"], "format": "double" },
                  "year": { "type": ["null", "integer", "string"], "format": "int32" },
                  "deadline": { "type": ["null", "string"] },
                  "tags": { "type": ["null", "array"], "items": { "type": "string" } },
                  "contacts": { "type": ["null", "array"], "items": { "$ref": "#/components/schemas/Contact" } },
                  "extra": { "oneOf": [ { "type": "null" }, { "$ref": "#/components/schemas/Anything" } ] }
                }
              },
              "Contact": {
                "required": ["name", "email"],
                "type": "object",
                "properties": { "name": { "type": "string" }, "email": { "type": ["null", "string"] } }
              },
              "Anything": {}
            }
          }
        }
        """).RootElement.Clone();

    public static OpenApiRouteFinder Routes => new(TestKit.BadInput.OpenApiRoute.Read(Value));
}
