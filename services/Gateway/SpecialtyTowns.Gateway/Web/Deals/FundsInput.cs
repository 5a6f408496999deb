using System.Globalization;

namespace SpecialtyTowns.Gateway.Web.Deals;

/// <summary>The form recording a part of a deal's money that arrived: yuan to the fen as typed, the date, a note.</summary>
public sealed class FundsInput
{
    public string? RequestId { get; set; }

    public int ExpectedVersion { get; set; }

    public string? AmountYuan { get; set; }

    public string? ArrivedOn { get; set; }

    public string? Note { get; set; }

    /// <summary>The amount in fen, when the text is a plain amount of yuan with at most two decimals; otherwise null.</summary>
    public long? AmountFen()
    {
        var text = AmountYuan?.Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan) || decimal.Round(yuan, 2) != yuan || yuan > long.MaxValue / 100m)
        {
            return null;
        }

        return (long)(yuan * 100m);
    }
}
