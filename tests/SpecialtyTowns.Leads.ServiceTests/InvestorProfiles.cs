extern alias leads;

using Npgsql;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;
using Names = leads::SpecialtyTowns.Leads.Domain.Investors.OrganisationNames;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>Profiles of unique organisations, valid credit codes, and town-entered organisations written as CreateLead's town path stores them.</summary>
public static class InvestorProfiles
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static string UniqueName(string stem = "投资") => $"山西{stem}{Guid.NewGuid():N}集团有限公司";

    /// <summary>A fresh code that passes GB 32100 (enterprise of 工商, Taiyuan), computed here independently of the service.</summary>
    public static string CreditCode()
    {
        var first17 = "91140100" + string.Concat(Enumerable.Range(0, 9).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)]));
        var sum = first17.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum();
        return first17 + Alphabet[(31 - (sum % 31)) % 31];
    }

    public static OrganisationProfile Minimal(string? name = null) => new() { Name = name ?? UniqueName(), Type = "company" };

    public static OrganisationProfile Full(string? name = null)
    {
        var profile = new OrganisationProfile
        {
            Name = name ?? UniqueName(),
            NameEn = "Shanxi Investment Group",
            Type = "fund",
            UnifiedSocialCreditCode = CreditCode(),
            HeadquartersProvince = "山西省",
            HeadquartersCity = "太原市",
            TicketMinFen = 1_000_000_00,
            TicketMaxFen = 50_000_000_00,
            LandNeededSquareMetres = "20000.5",
            Description = "专注醋饮料与特色食品的产业基金。",
            DescriptionEn = "A fund for vinegar drinks and specialty food.",
            ConsentToContact = true,
            ContactName = "王经理",
            ContactPhone = "13812345678",
            ContactEmail = "wang@example.com",
        };
        profile.IndustriesSought.Add(["C14", "C15"]);
        profile.ChainPositionsSought.Add(["midstream"]);
        profile.CooperationModes.Add(["equity", "joint-venture"]);
        profile.PreferredRegions.Add(["山西省"]);
        profile.Languages.Add(["zh", "en"]);
        profile.Keywords.Add(["醋", "饮料"]);
        return profile;
    }

    /// <summary>An unclaimed organisation a town entered (what CreateLead's town path stores).</summary>
    public static async Task<Guid> InsertTownEnteredAsync(string database, string name, string? creditCode)
    {
        var id = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO investor_organisations (id, name, type, unified_social_credit_code, normalised_name, claimed, entered_by_town_id, created_at, updated_at, version,
              consent_to_contact, industries_sought, chain_positions_sought, cooperation_modes, preferred_regions, languages, keywords)
            VALUES ($1, $2, 'Company', $3, $4, false, $5, now(), now(), 1, false, '{}', '{}', '{}', '{}', '{}', '{}')
            """,
            connection);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(name);
        command.Parameters.AddWithValue((object?)creditCode ?? DBNull.Value);
        command.Parameters.AddWithValue(Names.Normalise(name));
        command.Parameters.AddWithValue(Guid.NewGuid());
        await command.ExecuteNonQueryAsync();
        return id;
    }
}
