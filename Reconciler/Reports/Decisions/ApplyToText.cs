using Reconciler.Rules.Model;

namespace Reconciler.Reports.Decisions;

/// <summary>
/// Reads a returned workbook's "Apply to" cell. Either invoice numbers (separated by commas, semicolons, spaces or new
/// lines), the money going to them in order; or amounts per invoice, <c>INV-1=100.00; INV-2=50.00</c> (entries separated
/// by semicolons or new lines; commas between them are understood too). Either an amount for every invoice, or for none.
/// </summary>
public static class ApplyToText
{
    private static readonly char[] InvoiceSeparators = [',', ';', ' ', '\n', '\r', '\t'];

    /// <summary>The entries, or what is wrong with the text (and then no entries).</summary>
    public static (IReadOnlyList<ApplyTarget> Targets, string? Problem) Read(string text)
    {
        if (!text.Contains('=', StringComparison.Ordinal))
            return (text.Split(InvoiceSeparators, StringSplitOptions.RemoveEmptyEntries).Select(n => new ApplyTarget(n, null)).ToList(), null);

        var targets = new List<ApplyTarget>();
        foreach (var entry in Entries(text))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
                return ([], $"'{entry}' has no amount: give an amount for every invoice (INV-1=100.00; INV-2=50.00) or for none");
            var invoice = entry[..equals].Trim();
            var amountText = entry[(equals + 1)..].Trim();
            if (invoice.Length == 0 || invoice.IndexOfAny(InvoiceSeparators) >= 0)
                return ([], $"'{entry}' does not name one invoice before the '='");
            if (!ApplyTarget.TryAmount(amountText, out var amount))
                return ([], $"'{amountText}' (for {invoice}) is not an amount: write it like 100.00, with a point for the decimals");
            if (amount <= 0m) return ([], $"the amount for {invoice} must be more than 0, not {amountText}");
            if (targets.Any(t => string.Equals(t.Invoice, invoice, StringComparison.OrdinalIgnoreCase)))
                return ([], $"{invoice} is named twice; give its amount once");
            targets.Add(new ApplyTarget(invoice, amount));
        }
        return (targets, null);
    }

    /// <summary>
    /// Entries split at semicolons and new lines; within one piece holding several '=', at commas too, where a piece with
    /// no '=' after a comma is a thousands group of the amount before it ("INV-1=1,250.00, INV-2=5").
    /// </summary>
    private static IEnumerable<string> Entries(string text)
    {
        foreach (var piece in text.Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (piece.Count(c => c == '=') <= 1) { yield return piece; continue; }
            var parts = new List<string>();
            foreach (var part in piece.Split(','))
            {
                if (part.Contains('=', StringComparison.Ordinal) || parts.Count == 0) parts.Add(part.Trim());
                else parts[^1] += "," + part.Trim();
            }
            foreach (var part in parts.Where(p => p.Length > 0)) yield return part;
        }
    }
}
