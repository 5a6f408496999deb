using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecialtyTowns.Idempotency;

/// <summary>SHA-256 of a command serialized without its request id: equal content, equal fingerprint.</summary>
public static class RequestFingerprint
{
    /// <summary>
    /// The fingerprint of keys carried over from before fingerprints were stored: such a key
    /// replays for any content of its operation, as the old per-table keys did.
    /// </summary>
    public const string Unknown = "";

    public static string Of<TCommand>(TCommand command)
        where TCommand : IIdempotentCommand
    {
        var node = JsonSerializer.SerializeToNode(command);
        if (node is JsonObject json)
        {
            json.Remove(nameof(IIdempotentCommand.RequestId));
        }

        var canonical = node?.ToJsonString() ?? "null";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
