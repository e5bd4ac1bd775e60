using System.Globalization;

namespace Reconciler.Rules.Model;

/// <summary>
/// One entry of a reviewer's "Apply to": an invoice number, or an invoice number with the amount to apply to it. Kept
/// and passed on in its written form, <c>INV-1</c> or <c>INV-1=100.00</c> (invariant, a point for the decimals).
/// </summary>
public sealed record ApplyTarget(string Invoice, decimal? Amount)
{
    public override string ToString() => Amount is { } amount ? $"{Invoice}={amount.ToString(CultureInfo.InvariantCulture)}" : Invoice;

    /// <summary>Reads an entry in its written form (as <see cref="ToString"/> writes it).</summary>
    public static ApplyTarget Parse(string entry)
    {
        var equals = entry.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0) return new ApplyTarget(entry.Trim(), null);
        var invoice = entry[..equals].Trim();
        return TryAmount(entry[(equals + 1)..], out var amount) ? new ApplyTarget(invoice, amount) : new ApplyTarget(invoice, null);
    }

    /// <summary>An amount as a reviewer writes it: digits with a point for the decimals, thousands commas allowed, a sign allowed.</summary>
    public static bool TryAmount(string text, out decimal amount) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out amount);
}
