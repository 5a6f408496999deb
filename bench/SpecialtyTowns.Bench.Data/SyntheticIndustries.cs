namespace SpecialtyTowns.Bench.Data;

/// <summary>
/// SYNTHETIC DATA vocabulary: plausible products, certifications and equipment per GB/T 4754 division, in Chinese and
/// English, from which <see cref="SyntheticEnterpriseGenerator"/> makes up enterprises and gaps. Nothing here
/// describes a real company.
/// </summary>
public static class SyntheticIndustries
{
    public sealed record Industry(string Code, (string Zh, string En)[] Products, string[] Certifications, (string Zh, string En)[] Equipment, string Unit);

    public static IReadOnlyList<Industry> All { get; } =
    [
        new("C33", [("法兰", "flange"), ("锻件", "forging"), ("管件", "pipe fitting"), ("铸件", "casting"), ("紧固件", "fastener"), ("阀门", "valve"), ("玛钢管件", "malleable iron fitting")],
            ["ISO 9001", "API 6A", "PED 2014/68/EU", "压力管道元件制造许可"], [("数控车床", "CNC lathe"), ("锻压机", "forging press"), ("热处理炉", "heat-treatment furnace"), ("中频炉", "induction furnace")], "吨/年"),
        new("C27", [("原料药", "active pharmaceutical ingredient"), ("药用辅料", "pharmaceutical excipient"), ("胶囊", "capsule"), ("片剂", "tablet"), ("中药饮片", "herbal decoction pieces"), ("医用包装", "medical packaging")],
            ["GMP", "ISO 13485", "ISO 9001"], [("压片机", "tablet press"), ("发酵罐", "fermenter"), ("冻干机", "freeze dryer"), ("灌装线", "filling line")], "吨/年"),
        new("C30", [("玻璃器皿", "glassware"), ("日用瓷", "porcelain tableware"), ("耐火材料", "refractory"), ("石墨电极", "graphite electrode"), ("琉璃", "glazed tile"), ("玻璃瓶", "glass bottle")],
            ["ISO 9001", "ISO 14001", "SGS"], [("玻璃窑炉", "glass furnace"), ("隧道窑", "tunnel kiln"), ("吹制机", "blowing machine")], "万件/年"),
        new("C14", [("老陈醋", "aged vinegar"), ("调味品", "condiment"), ("醋饮料", "vinegar drink"), ("酱油", "soy sauce")],
            ["HACCP", "ISO 22000", "SC食品生产许可"], [("发酵罐", "fermenter"), ("灌装线", "filling line"), ("熏醅设备", "smoking vats")], "吨/年"),
        new("C15", [("白酒", "baijiu"), ("果酒", "fruit wine"), ("酒瓶", "liquor bottle"), ("酒曲", "jiuqu starter")],
            ["HACCP", "ISO 22000"], [("酿造罐", "brewing tank"), ("灌装线", "filling line")], "千升/年"),
        new("C17", [("丝绸", "silk"), ("纱线", "yarn"), ("绸缎", "satin"), ("蚕丝被", "silk quilt")],
            ["OEKO-TEX", "ISO 9001"], [("织机", "loom"), ("缫丝机", "silk reeling machine")], "米/年"),
        new("D45", [("氢气", "hydrogen"), ("储氢罐", "hydrogen storage tank"), ("燃料电池", "fuel cell"), ("加氢站设备", "hydrogen refuelling equipment")],
            ["ISO 9001", "TSG 特种设备许可"], [("电解槽", "electrolyser"), ("压缩机", "compressor")], "吨/年"),
        new("C34", [("减速机", "gear reducer"), ("数控机床", "CNC machine tool"), ("泵", "pump"), ("轴承", "bearing")],
            ["ISO 9001", "CE"], [("加工中心", "machining centre"), ("数控车床", "CNC lathe"), ("磨床", "grinder")], "台/年"),
        new("A01", [("黄花菜", "daylily"), ("鲜切花", "cut flowers"), ("梨", "pear"), ("中药材", "medicinal herbs")],
            ["绿色食品认证", "GAP"], [("冷库", "cold store"), ("烘干机", "dryer")], "吨/年"),
    ];
}
