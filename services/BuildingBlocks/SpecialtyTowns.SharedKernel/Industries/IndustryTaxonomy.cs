namespace SpecialtyTowns.SharedKernel.Industries;

/// <summary>
/// The industries a project, an enterprise or a chain gap may name (one taxonomy for every service): the 20 sections of GB/T 4754-2017 (国民经济行业分类)
/// and the divisions the specialty towns actually work in. A documented subset: divisions
/// outside it are named by their section.
/// </summary>
public static class IndustryTaxonomy
{
    public static readonly IReadOnlyDictionary<string, string> Codes = new Dictionary<string, string>
    {
        ["A"] = "农、林、牧、渔业 Agriculture, forestry, animal husbandry and fishery",
        ["A01"] = "农业 Agriculture",
        ["A03"] = "畜牧业 Animal husbandry",
        ["A05"] = "农、林、牧、渔专业及辅助性活动 Agricultural support activities",
        ["B"] = "采矿业 Mining",
        ["C"] = "制造业 Manufacturing",
        ["C13"] = "农副食品加工业 Agricultural and sideline food processing",
        ["C14"] = "食品制造业 Food manufacturing",
        ["C15"] = "酒、饮料和精制茶制造业 Liquor, beverages and refined tea",
        ["C17"] = "纺织业 Textiles",
        ["C26"] = "化学原料和化学制品制造业 Chemical raw materials and products",
        ["C27"] = "医药制造业 Pharmaceuticals",
        ["C30"] = "非金属矿物制品业 Non-metallic mineral products (glass, ceramics)",
        ["C31"] = "黑色金属冶炼和压延加工业 Ferrous metal smelting and rolling",
        ["C33"] = "金属制品业 Metal products (flanges, castings, forgings)",
        ["C34"] = "通用设备制造业 General-purpose machinery",
        ["C35"] = "专用设备制造业 Special-purpose machinery",
        ["C36"] = "汽车制造业 Automobiles",
        ["C38"] = "电气机械和器材制造业 Electrical machinery and equipment",
        ["C39"] = "计算机、通信和其他电子设备制造业 Computers, communication and electronics",
        ["D"] = "电力、热力、燃气及水生产和供应业 Electricity, heat, gas and water",
        ["D44"] = "电力、热力生产和供应业 Electricity and heat",
        ["D45"] = "燃气生产和供应业 Gas production and supply (including hydrogen)",
        ["E"] = "建筑业 Construction",
        ["F"] = "批发和零售业 Wholesale and retail",
        ["G"] = "交通运输、仓储和邮政业 Transport, storage and post",
        ["H"] = "住宿和餐饮业 Accommodation and catering",
        ["I"] = "信息传输、软件和信息技术服务业 Information technology services",
        ["J"] = "金融业 Finance",
        ["K"] = "房地产业 Real estate",
        ["L"] = "租赁和商务服务业 Leasing and business services",
        ["M"] = "科学研究和技术服务业 Scientific research and technical services",
        ["N"] = "水利、环境和公共设施管理业 Water, environment and public facilities",
        ["O"] = "居民服务、修理和其他服务业 Household and repair services",
        ["P"] = "教育 Education",
        ["Q"] = "卫生和社会工作 Health and social work",
        ["R"] = "文化、体育和娱乐业 Culture, sports and entertainment",
        ["S"] = "公共管理、社会保障和社会组织 Public administration",
        ["T"] = "国际组织 International organisations",
    };

    public static bool IsKnown(string? code) => code is not null && Codes.ContainsKey(code);

    /// <summary>The section letter of a code, for faceting divisions under their section.</summary>
    public static string SectionOf(string code) => code[..1];

    /// <summary>The Chinese or English name of a known code; the code itself when unknown.</summary>
    public static string NameOf(string code, bool english)
    {
        if (!Codes.TryGetValue(code, out var both))
        {
            return code;
        }

        // Each entry is "中文名 English name": the English part starts at the first ASCII letter.
        var split = both.IndexOf(both.First(char.IsAsciiLetter));
        return english ? both[split..] : both[..split].TrimEnd();
    }
}
