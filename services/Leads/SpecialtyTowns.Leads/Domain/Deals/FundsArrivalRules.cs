using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Domain.Deals;

/// <summary>
/// What a recorded part of the funds (到资) must be: more than nothing, dated on a day that has come (in
/// China) and not before the signing, on a deal that still stands, and together with the parts before it
/// no more than the signed amount. An investment raised beyond the contract is a new contract (a new
/// signing), not an overflow of this one: so 资金到位率 never passes 100 % and a typo of one digit too
/// many is caught instead of counted.
/// </summary>
public static class FundsArrivalRules
{
    public const string ExceedsAmountRule = "deal-funds-exceed-amount";

    public const string TerminatedRule = "deal-terminated";

    public static void Ensure(Deal deal, long amountFen, DateOnly arrivedOn, DateOnly today)
    {
        if (amountFen <= 0)
        {
            throw new InvalidValueException("amount_fen", "must be more than 0 fen");
        }

        if (arrivedOn > today)
        {
            throw new InvalidValueException("arrived_on", $"must not be in the future (today is {today:yyyy-MM-dd})");
        }

        if (arrivedOn < deal.SignedOn)
        {
            throw new InvalidValueException("arrived_on", $"must not be before the deal was signed ({deal.SignedOn:yyyy-MM-dd})");
        }

        if (deal.TerminatedAt is not null)
        {
            throw new BusinessRuleException(TerminatedRule, "The deal fell through (its lead was lost after signing); no more funds are recorded on it");
        }

        if (amountFen > deal.AmountFen - deal.FundsArrivedFen)
        {
            throw new BusinessRuleException(
                ExceedsAmountRule,
                $"With this part the funds arrived would be {deal.FundsArrivedFen + amountFen} fen, more than the signed {deal.AmountFen} fen (at most {deal.AmountFen - deal.FundsArrivedFen} fen more)",
                ["amount_fen"]);
        }
    }
}
