using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SpecialtyTowns.Towns.Domain.Places;

/// <summary>
/// Which prefecture-level city (地级市) a Shanxi county, county-level city or district lies in,
/// from the embedded <c>shanxi-counties.json</c>. Cities come back as the rest of the system
/// writes them, "忻州 Xinzhou". A county matches as the table writes it ("定襄县"), without its
/// 县/市/区 ("定襄"), after its city ("忻州市定襄县"), in pinyin ("Dingxiang", "Dingxiang County",
/// "Qixian", "Qi County") or in both ("定襄县 Dingxiang"). A name two cities share (城区, Pinglu)
/// and anything not in the table match nothing: the city is never guessed.
/// </summary>
public sealed class CountyCities
{
    private const string Resource = "SpecialtyTowns.Towns.Domain.Places.shanxi-counties.json";

    private static readonly string[] Suffixes = ["县", "市", "区"];

    private static readonly string[] LatinSuffixes = ["county", "city", "district"];

    private static readonly Dictionary<char, string> SuffixPinyin = new() { ['县'] = "xian", ['市'] = "shi", ['区'] = "qu" };

    /// <summary>Names that match more than one city map to null.</summary>
    private readonly Dictionary<string, string?> _cityByName = new(StringComparer.Ordinal);

    private readonly List<(string Zh, string City)> _cityNames = [];

    /// <summary>Every name with its city, ambiguous ones too: "晋城市城区" is a county of 晋城 even though 城区 alone is not.</summary>
    private readonly HashSet<(string Name, string City)> _namesInCity = [];

    private CountyCities(CountyTable table)
    {
        foreach (var city in table.Cities)
        {
            _cityNames.Add((city.City.Split(' ')[0], city.City));
            foreach (var county in city.Counties.Concat(city.Former ?? []))
            {
                AddCounty(county, city.City);
            }
        }
    }

    public static CountyCities Shanxi { get; } = Load();

    /// <summary>All the cities, as "太原 Taiyuan".</summary>
    public IEnumerable<string> Cities => _cityNames.Select(c => c.City);

    /// <summary>The city the county lies in, or null when the county is empty, unknown or ambiguous.</summary>
    public string? CityOf(string? county)
    {
        var text = county?.Trim() ?? string.Empty;
        var zh = string.Concat(text.Where(IsHan));
        return zh.Length > 0 ? ByChineseName(zh) : Find(LatinKey(text));
    }

    private static CountyCities Load()
    {
        using var stream = typeof(CountyCities).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Resource {Resource} is missing");
        var table = JsonSerializer.Deserialize<CountyTable>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Resource {Resource} is empty");
        return new CountyCities(table);
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>"Dingxiang County" → "dingxiang", "Lǜ-liang" → "lvliang"'s letters: lower case, no marks, no spaces.</summary>
    private static string LatinKey(string text)
    {
        var letters = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                letters.Append(' ');
            }
        }

        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && LatinSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Concat(words);
    }

    private string? ByChineseName(string zh)
    {
        if (Find(zh) is { } city)
        {
            return city;
        }

        // "山西省忻州市定襄县": the county after its province and city, which must then agree.
        var rest = zh.StartsWith("山西省", StringComparison.Ordinal) ? zh[3..] : zh.StartsWith("山西", StringComparison.Ordinal) ? zh[2..] : zh;
        foreach (var (cityZh, cityName) in _cityNames)
        {
            foreach (var prefix in new[] { cityZh + "市", cityZh })
            {
                if (rest.Length > prefix.Length && rest.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return LiesIn(rest[prefix.Length..], cityName) ? cityName : null;
                }
            }
        }

        return rest.Length < zh.Length ? Find(rest) : null;
    }

    /// <summary>Looks a name up as given, then without its 县/市/区 (never down to one character: 祁县 is not 祁).</summary>
    private string? Find(string name)
    {
        if (name.Length == 0)
        {
            return null;
        }

        if (_cityByName.TryGetValue(name, out var city))
        {
            return city;
        }

        return WithoutSuffix(name) is { } bare && _cityByName.TryGetValue(bare, out var bareCity) ? bareCity : null;
    }

    /// <summary>"定襄县" → "定襄"; null when there is no 县/市/区 or only one character would be left.</summary>
    private static string? WithoutSuffix(string name) =>
        name.Length >= 3 && Suffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)) ? name[..^1] : null;

    private bool LiesIn(string name, string city)
    {
        return _namesInCity.Contains((name, city)) || (WithoutSuffix(name) is { } bare && _namesInCity.Contains((bare, city)));
    }

    /// <summary>Registers "定襄县 Dingxiang" under 定襄县, 定襄, dingxiang; a one-character 祁县 Qixian also under qi.</summary>
    private void AddCounty(string entry, string city)
    {
        var parts = entry.Split(' ', 2);
        var (zh, pinyin) = (parts[0], LatinKey(parts[1]));
        Add(zh, city);
        var stem = zh[..^1];
        if (stem.Length >= 2)
        {
            Add(stem, city);
        }

        Add(pinyin, city);
        if (stem.Length == 1 && pinyin.EndsWith(SuffixPinyin[zh[^1]], StringComparison.Ordinal))
        {
            Add(pinyin[..^SuffixPinyin[zh[^1]].Length], city);
        }
    }

    private void Add(string name, string city)
    {
        _namesInCity.Add((name, city));
        if (_cityByName.TryGetValue(name, out var known) && known != city)
        {
            _cityByName[name] = null;
            return;
        }

        _cityByName[name] = city;
    }
}
