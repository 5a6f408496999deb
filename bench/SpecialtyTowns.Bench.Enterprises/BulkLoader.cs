using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using SpecialtyTowns.Bench.Data;
using SpecialtyTowns.Enterprises.Domain.Gaps;

namespace SpecialtyTowns.Bench.Enterprises;

/// <summary>
/// BENCHMARK ONLY: SYNTHETIC towns, enterprises and gaps copied straight into the Enterprises database with binary COPY
/// (100,000 registrations through gRPC would take longer than the measurement), after the service has migrated it.
/// The service then rebuilds its index from these rows as it would from its own.
/// </summary>
internal static class BulkLoader
{
    public static async Task<IReadOnlyList<Guid>> LoadAsync(string connectionString, int towns, int enterprises, int gaps, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var townIds = Enumerable.Range(0, towns).Select(i => new Guid(i + 1, 0x5e, 0x5e, [1, 2, 3, 4, 5, 6, 7, 8])).ToList();
        await using (var writer = await connection.BeginBinaryImportAsync("COPY towns (town_id, name, name_en, city, county, as_of) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < towns; i++)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(townIds[i], NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync($"合成镇{i:D3}", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync($"Synthetic Town {i:D3}", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(Cities[i % Cities.Length], NpgsqlDbType.Text, cancellationToken);
                await writer.WriteNullAsync(cancellationToken);
                await writer.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await CopyEnterprisesAsync(connection, townIds, enterprises, cancellationToken);
        await CopyGapsAsync(connection, townIds, gaps, cancellationToken);
        return townIds;
    }

    private static readonly string[] Cities = ["太原市", "大同市", "忻州市", "晋中市", "晋城市", "长治市", "运城市", "临汾市", "吕梁市", "朔州市", "阳泉市"];

    private static async Task CopyEnterprisesAsync(NpgsqlConnection connection, IReadOnlyList<Guid> townIds, int count, CancellationToken cancellationToken)
    {
        const string Copy = "COPY enterprises (id, town_id, name, name_en, industry_code, products, certifications, equipment, \"leading\", export_markets, "
            + "description, description_en, source, registered_at, updated_at, version, capacities, contacts) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var e in SyntheticEnterpriseGenerator.Enterprises(townIds, count))
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(e.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(e.TownId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(e.Name, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.NameEn!, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.IndustryCode!, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.Products, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.Certifications, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.Equipment, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.Leading, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(e.ExportMarkets, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.Description!, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.DescriptionEn!, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.Source!, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.RegisteredAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(e.UpdatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(e.Version, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(JsonSerializer.Serialize(e.Capacities), NpgsqlDbType.Jsonb, cancellationToken);
            await writer.WriteAsync("[]", NpgsqlDbType.Jsonb, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyGapsAsync(NpgsqlConnection connection, IReadOnlyList<Guid> townIds, int count, CancellationToken cancellationToken)
    {
        const string Copy = "COPY chain_gaps (id, town_id, title, title_en, kind, description, description_en, specification, yearly_volume, volume_unit, "
            + "industry_code, keywords, status, created_at, updated_at, version) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        var i = 0;
        foreach (var g in SyntheticEnterpriseGenerator.Gaps(townIds, count))
        {
            // A tenth filled and a twentieth withdrawn, as a live system would hold.
            var status = (i++ % 20) switch { 0 => GapStatus.Withdrawn, 1 or 2 => GapStatus.Filled, 3 => GapStatus.InTalks, _ => GapStatus.Open };
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(g.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(g.TownId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(g.Title, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(g.TitleEn!, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(g.Kind.ToString(), NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(g.Description, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(g.DescriptionEn!, NpgsqlDbType.Text, cancellationToken);
            if (g.Specification is null)
            {
                await writer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await writer.WriteAsync(g.Specification, NpgsqlDbType.Text, cancellationToken);
            }

            await writer.WriteAsync(g.YearlyVolume!.Value, NpgsqlDbType.Numeric, cancellationToken);
            await writer.WriteAsync(g.VolumeUnit!, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(g.IndustryCode!, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(g.Keywords, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(status.ToString(), NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(g.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(g.UpdatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(g.Version, NpgsqlDbType.Integer, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
