using System.Text.RegularExpressions;

namespace Reconciler.Ingest.Stripe;

/// <summary>
/// The invoice number in a description when no metadata column carries one: <c>INV-1001</c>, or the token
/// after the word "Invoice" (<c>Payment for Invoice 4F2A19C-0003</c>). The token must contain a digit, so
/// "Invoice for March" yields nothing.
/// </summary>
internal static partial class StripeInvoiceText
{
    public static string? Find(string? description)
    {
        if (string.IsNullOrWhiteSpace(description)) return null;
        var text = description.Length > 500 ? description[..500] : description;
        // Both patterns start with "inv" (either case): most descriptions ("Stripe fee", "Payout") lack it, and this
        // look is far cheaper than two regex scans. The patterns' case rules are invariant, so i/I, n/N, v/V only.
        if (!text.Contains("inv", StringComparison.OrdinalIgnoreCase)) return null;
        // Non-backtracking patterns: linear in the text, with no time limit that a loaded machine could hit (a limit gave up
        // the reference, so the same file could match differently from one night to the next).
        var prefixed = InvPrefixed().Match(text);
        if (prefixed.Success) return prefixed.Value;
        var after = AfterInvoiceWord().Match(text);
        return after.Success && after.Groups[1].Value.Any(char.IsAsciiDigit) ? after.Groups[1].Value : null;
    }

    [GeneratedRegex(@"\bINV[-_ ]?\d[A-Za-z0-9\-]{0,30}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex InvPrefixed();

    [GeneratedRegex(@"\binvoice\s{0,3}(?:no\.?|number|#)?\s{0,3}[:#]?\s{0,3}([A-Za-z0-9][A-Za-z0-9\-/]{1,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AfterInvoiceWord();
}
