using System.Globalization;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Web.Pipeline;

/// <summary>
/// The form of a stage move (or a reopening): every field a stage may require, named as the proto's StageFields
/// (snake_case), money in yuan at the edge and fen inside. The page shows only the fields the target stage requires.
/// </summary>
public sealed class StageFieldsInput
{
    private static readonly Dictionary<string, StageFieldKind> Kinds = new(StringComparer.Ordinal)
    {
        ["next_action"] = StageFieldKind.Text,
        ["next_action_due"] = StageFieldKind.Date,
        ["visit_on"] = StageFieldKind.Date,
        ["expected_amount_fen"] = StageFieldKind.Yuan,
        ["amount_fen"] = StageFieldKind.Yuan,
        ["signed_on"] = StageFieldKind.Date,
        ["contract_reference"] = StageFieldKind.Text,
        ["parties"] = StageFieldKind.Lines,
        ["planned_start_on"] = StageFieldKind.Date,
        ["registered_company"] = StageFieldKind.Text,
        ["registered_on"] = StageFieldKind.Date,
        ["construction_started_on"] = StageFieldKind.Date,
        ["production_started_on"] = StageFieldKind.Date,
        ["lost_reason"] = StageFieldKind.Reason,
        ["note"] = StageFieldKind.Text,
    };

    public string? RequestId { get; set; }

    public int ExpectedVersion { get; set; }

    public string? NextAction { get; set; }

    public string? NextActionDue { get; set; }

    public string? VisitOn { get; set; }

    public string? ExpectedAmountYuan { get; set; }

    public string? AmountYuan { get; set; }

    public string? SignedOn { get; set; }

    public string? ContractReference { get; set; }

    public string? Parties { get; set; }

    public string? PlannedStartOn { get; set; }

    public string? RegisteredCompany { get; set; }

    public string? RegisteredOn { get; set; }

    public string? ConstructionStartedOn { get; set; }

    public string? ProductionStartedOn { get; set; }

    public string? LostReason { get; set; }

    public string? Note { get; set; }

    /// <summary>Whether the page knows how to ask for the field (a field it does not know is named, not asked).</summary>
    public static bool Knows(string field) => Kinds.ContainsKey(field);

    public static StageFieldKind KindOf(string field) => Kinds.GetValueOrDefault(field, StageFieldKind.Text);

    /// <summary>Where errors about the field are kept: its REST (JSON) name, as the API's errors name it.</summary>
    public static string ErrorKey(string field) => FieldNames.ToJson(field);

    /// <summary>The posted name of the field's input (Move.AmountYuan).</summary>
    public static string PostedName(string prefix, string field) => field switch
    {
        "expected_amount_fen" => $"{prefix}.ExpectedAmountYuan",
        "amount_fen" => $"{prefix}.AmountYuan",
        _ => $"{prefix}.{string.Concat(field.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]))}",
    };

    public string? Value(string field) => field switch
    {
        "next_action" => NextAction,
        "next_action_due" => NextActionDue,
        "visit_on" => VisitOn,
        "expected_amount_fen" => ExpectedAmountYuan,
        "amount_fen" => AmountYuan,
        "signed_on" => SignedOn,
        "contract_reference" => ContractReference,
        "parties" => Parties,
        "planned_start_on" => PlannedStartOn,
        "registered_company" => RegisteredCompany,
        "registered_on" => RegisteredOn,
        "construction_started_on" => ConstructionStartedOn,
        "production_started_on" => ProductionStartedOn,
        "lost_reason" => LostReason,
        "note" => Note,
        _ => null,
    };

    /// <summary>The proto fields; amounts that are not numbers are left out and named in <paramref name="notNumbers"/>.</summary>
    public StageFields ToFields(ICollection<string> notNumbers)
    {
        ArgumentNullException.ThrowIfNull(notNumbers);
        var fields = new StageFields
        {
            NextAction = Trim(NextAction),
            NextActionDue = Trim(NextActionDue),
            VisitOn = Trim(VisitOn),
            SignedOn = Trim(SignedOn),
            ContractReference = Trim(ContractReference),
            PlannedStartOn = Trim(PlannedStartOn),
            RegisteredCompany = Trim(RegisteredCompany),
            RegisteredOn = Trim(RegisteredOn),
            ConstructionStartedOn = Trim(ConstructionStartedOn),
            ProductionStartedOn = Trim(ProductionStartedOn),
            LostReason = Trim(LostReason),
            Note = Trim(Note),
        };
        fields.Parties.AddRange(Lines(Parties));
        if (Fen(ExpectedAmountYuan, "expected_amount_fen", notNumbers) is { } expected)
        {
            fields.ExpectedAmountFen = expected;
            fields.HasExpectedAmount = true;
        }

        if (Fen(AmountYuan, "amount_fen", notNumbers) is { } amount)
        {
            fields.AmountFen = amount;
            fields.HasAmount = true;
        }

        return fields;
    }

    /// <summary>Yuan as typed ("1,200.5") in fen; null when empty or not a number (then named in <paramref name="notNumbers"/>).</summary>
    public static long? Fen(string? yuan, string field, ICollection<string> notNumbers)
    {
        ArgumentNullException.ThrowIfNull(notNumbers);
        if (string.IsNullOrWhiteSpace(yuan))
        {
            return null;
        }

        if (decimal.TryParse(yuan.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) < 90_000_000_000_000m)
        {
            return (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero);
        }

        notNumbers.Add(field);
        return null;
    }

    public static IEnumerable<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0);

    private static string Trim(string? text) => text?.Trim() ?? string.Empty;
}
