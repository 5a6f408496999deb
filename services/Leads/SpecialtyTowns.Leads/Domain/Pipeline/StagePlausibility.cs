using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>
/// Values a stage move may carry only when they can be true: a follow-up is not due in the past,
/// a signing, registration, start or production already happened (not in the future) and not before
/// the signing, a planned start is not before the signing, amounts are positive and below a ceiling no
/// town project reaches. A refused value is an <see cref="InvalidValueException"/> naming the field
/// (as the request spells it: <c>fields.*</c>), so nothing is stored.
/// </summary>
public static class StagePlausibility
{
    /// <summary>10^14 fen: a trillion yuan, beyond any single investment.</summary>
    public const long MaxAmountFen = 100_000_000_000_000;

    private const int MaxYearsAhead = 10;

    private static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <param name="fields">What the move carries.</param>
    /// <param name="today">Today in China.</param>
    /// <param name="signedOn">The standing deal's signing date, when there is one.</param>
    public static void Ensure(StageFields fields, DateOnly today, DateOnly? signedOn)
    {
        EnsureAmount("fields.expected_amount_fen", fields.ExpectedAmountFen, allowZero: true);
        EnsureAmount("fields.amount_fen", fields.AmountFen, allowZero: false);
        EnsureDue("fields.next_action_due", fields.NextActionDue, today);
        if (fields.VisitOn is { } visit && (visit < today.AddYears(-1) || visit > today.AddYears(1)))
        {
            throw new InvalidValueException("fields.visit_on", "must be within a year of today");
        }

        EnsurePast("fields.signed_on", fields.SignedOn, today, null);
        var signing = fields.SignedOn ?? signedOn;
        EnsurePast("fields.registered_on", fields.RegisteredOn, today, signing);
        EnsurePast("fields.construction_started_on", fields.ConstructionStartedOn, today, signing);
        EnsurePast("fields.production_started_on", fields.ProductionStartedOn, today, signing);
        if (fields.PlannedStartOn is { } planned && ((signing is { } s && planned < s) || planned < Earliest || planned > today.AddYears(MaxYearsAhead)))
        {
            throw new InvalidValueException("fields.planned_start_on", $"must be on or after the signing date (and 2000-01-01) and within {MaxYearsAhead} years");
        }
    }

    /// <summary>A next action's due date: today or later (it is what the town does next), within two years.</summary>
    public static void EnsureDue(string field, DateOnly? due, DateOnly today)
    {
        if (due is { } d && (d < today || d > today.AddYears(2)))
        {
            throw new InvalidValueException(field, $"must be between today ({today:yyyy-MM-dd}) and two years ahead");
        }
    }

    public static void EnsureAmount(string field, long? amountFen, bool allowZero)
    {
        if (amountFen is { } amount && (amount < (allowZero ? 0 : 1) || amount > MaxAmountFen))
        {
            throw new InvalidValueException(field, allowZero ? $"must be between 0 and {MaxAmountFen} fen" : $"must be between 1 and {MaxAmountFen} fen");
        }
    }

    private static void EnsurePast(string field, DateOnly? date, DateOnly today, DateOnly? notBefore)
    {
        if (date is not { } d)
        {
            return;
        }

        if (d > today || d < Earliest)
        {
            throw new InvalidValueException(field, $"must be a date that has come (2000-01-01 to today, {today:yyyy-MM-dd})");
        }

        if (notBefore is { } earliest && d < earliest)
        {
            throw new InvalidValueException(field, $"must not be before the signing date {earliest:yyyy-MM-dd}");
        }
    }
}
