using System.Text.Json;

namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary><c>data/chains.json</c>: the chains and gaps the source articles state, per town name.</summary>
public sealed record ChainSeedFile(string? About, IReadOnlyList<ChainSeedTown> Towns)
{
    public static async Task<ChainSeedFile> LoadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<ChainSeedFile>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidOperationException($"Chain seed file {path} is empty");
    }
}
