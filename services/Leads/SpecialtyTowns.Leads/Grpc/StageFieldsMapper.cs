using System.Globalization;
using SpecialtyTowns.ServiceDefaults.Validation;
using DomainFields = SpecialtyTowns.Leads.Domain.Pipeline.StageFields;

namespace SpecialtyTowns.Leads.Grpc;

/// <summary>
/// Reads a move's <c>StageFields</c>, naming every malformed one (<c>fields.signed_on</c>...) before any
/// rule runs: dates as YYYY-MM-DD, amounts not negative, texts within their lengths.
/// </summary>
public static class StageFieldsMapper
{
    public const int MaxNote = 2000;

    public const int MaxNextAction = 500;

    public static DomainFields Read(V1.StageFields? fields, RequestValidator validator, string prefix = "fields.")
    {
        fields ??= new V1.StageFields();
        validator
            .Optional(prefix + "next_action", fields.NextAction, MaxNextAction)
            .Optional(prefix + "note", fields.Note, MaxNote)
            .Optional(prefix + "contract_reference", fields.ContractReference, 100)
            .Optional(prefix + "registered_company", fields.RegisteredCompany, 200)
            .Optional(prefix + "lost_reason", fields.LostReason, 60)
            .Items(prefix + "parties", fields.Parties, 10, 200)
            .Must(fields.ExpectedAmountFen >= 0, prefix + "expected_amount_fen", "must not be negative")
            .Must(fields.AmountFen >= 0, prefix + "amount_fen", "must not be negative");
        return new DomainFields
        {
            NextAction = Text(fields.NextAction),
            NextActionDue = Date(validator, prefix + "next_action_due", fields.NextActionDue),
            VisitOn = Date(validator, prefix + "visit_on", fields.VisitOn),
            ExpectedAmountFen = fields.HasExpectedAmount || fields.ExpectedAmountFen != 0 ? fields.ExpectedAmountFen : null,
            AmountFen = fields.HasAmount || fields.AmountFen != 0 ? fields.AmountFen : null,
            SignedOn = Date(validator, prefix + "signed_on", fields.SignedOn),
            ContractReference = Text(fields.ContractReference),
            Parties = [.. fields.Parties],
            PlannedStartOn = Date(validator, prefix + "planned_start_on", fields.PlannedStartOn),
            RegisteredCompany = Text(fields.RegisteredCompany),
            RegisteredOn = Date(validator, prefix + "registered_on", fields.RegisteredOn),
            ConstructionStartedOn = Date(validator, prefix + "construction_started_on", fields.ConstructionStartedOn),
            ProductionStartedOn = Date(validator, prefix + "production_started_on", fields.ProductionStartedOn),
            LostReason = Text(fields.LostReason),
            Note = Text(fields.Note),
        };
    }

    /// <summary>A "YYYY-MM-DD" date, null when empty; a malformed one is named on the validator.</summary>
    public static DateOnly? Date(RequestValidator validator, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var valid = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        validator.Must(valid, field, "must be a date as YYYY-MM-DD");
        return valid ? date : null;
    }

    public static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
