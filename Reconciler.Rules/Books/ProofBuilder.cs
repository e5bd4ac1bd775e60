using Reconciler.Rules.Model;

namespace Reconciler.Rules.Books;

/// <summary>
/// The night's proofs. Each side is worked out from its own figures (the closing from the aging or the engine's
/// unapplied balances, the movements from the applications and settlements), so a bug in either shows as a difference.
/// </summary>
public static class ProofBuilder
{
    private static readonly HashSet<string> WriteOffRules = new(StringComparer.Ordinal) { "tolerance_writeoff", "write_off" };

    /// <summary>
    /// Receivables per currency: opening + billing - cash applied - adjustments - write-offs + reversals + credit notes = aging
    /// total. <paramref name="creditNotes"/> are the night's items that started it with a negative balance: what a payment
    /// applies to one (a negative amount, the note used up) nets against the invoice it paid, so that cash applied is the
    /// money received; it is neither a reversal nor a credit note issued (billing's, in <c>credit_notes</c>).
    /// </summary>
    public static IReadOnlyList<Proof> ArRollForward(
        IReadOnlyList<ArOpening> openings, IReadOnlyList<Application> applications, IReadOnlyDictionary<string, decimal> closingByCurrency, string account,
        IReadOnlySet<string>? creditNotes = null)
    {
        var moves = new SortedDictionary<string, decimal[]>(StringComparer.Ordinal);
        decimal[] For(string currency) => moves.TryGetValue(currency, out var m) ? m : moves[currency] = new decimal[4];
        foreach (var a in applications)
        {
            var m = For(a.Currency);
            if (a.SourceKind == SourceKind.Adjustment) m[WriteOffRules.Contains(a.Rule) ? 2 : 1] -= a.AppliedAmount;
            else if (a.AppliedAmount < 0m && creditNotes?.Contains(a.InvoiceNumber) == true) m[0] -= a.AppliedAmount;
            else if (a.AppliedAmount < 0m) m[3] -= a.AppliedAmount; // a reversal reopens what its payment paid
            else m[0] -= a.AppliedAmount;
        }
        var byCurrency = openings.ToDictionary(o => o.Currency, StringComparer.Ordinal);
        var currencies = byCurrency.Keys.Union(moves.Keys).Union(closingByCurrency.Keys).Order(StringComparer.Ordinal);
        return currencies.Select(currency =>
        {
            var o = byCurrency.GetValueOrDefault(currency) ?? new ArOpening(currency, 0m, 0m, 0m);
            var m = moves.TryGetValue(currency, out var found) ? found : new decimal[4];
            return new Proof(Proof.ArRollForward, currency, account, o.Opening,
            [
                new("billing", o.Billing), new("cash_applied", m[0]), new("adjustments", m[1]), new("write_offs", m[2]),
                new("reversals", m[3]), new("credit_notes", o.CreditNotes),
            ], closingByCurrency.GetValueOrDefault(currency));
        }).ToList();
    }

    /// <summary>
    /// Bank money per bank account and currency: what the lines considered held at the start of the night (new lines in
    /// full, earlier ones' unapplied rest) - applied - settled - fees - returned - other (reviewers' refunds and
    /// write-offs) = what the engine left unapplied. <paramref name="cash"/> gives each line's amount at the start.
    /// </summary>
    public static IReadOnlyList<Proof> Cash(
        IReadOnlyList<BankReceipt> cash, IReadOnlyList<Application> applications, IReadOnlyList<Settlement> settlements,
        IReadOnlyList<MoneyClosing> closings, IReadOnlyDictionary<string, decimal> unappliedBySource, AccountChart chart,
        IReadOnlyList<Matching.Reversal>? reversals = null)
    {
        var lineKey = new Dictionary<string, (string Account, string Currency)>(cash.Count, StringComparer.Ordinal);
        var figures = new SortedDictionary<(string Account, string Currency), decimal[]>();
        decimal[] For((string, string) key) => figures.TryGetValue(key, out var f) ? f : figures[key] = new decimal[4];
        foreach (var line in cash)
        {
            var key = (line.Account, line.Currency);
            lineKey[line.Id] = key;
            var f = For(key);
            f[0] += line.Amount;
            f[3] += unappliedBySource.GetValueOrDefault(line.Id, line.Amount);
        }
        var applied = new Dictionary<(string, string), decimal>();
        var settled = new Dictionary<(string, string), decimal>();
        var other = new Dictionary<(string, string), decimal>();
        foreach (var a in applications.Where(a => a.SourceKind == SourceKind.BankLine))
            if (lineKey.TryGetValue(a.SourceId, out var key)) applied[key] = applied.GetValueOrDefault(key) - a.AppliedAmount;
        foreach (var s in settlements)
            if (lineKey.TryGetValue(s.BankLineId, out var key)) settled[key] = settled.GetValueOrDefault(key) - s.BankAmount;
        foreach (var c in closings.Where(c => c.SourceKind == SourceKind.BankLine))
            if (lineKey.TryGetValue(c.SourceId, out var key)) other[key] = other.GetValueOrDefault(key) - c.Amount;
        // Money returned before it was applied leaves the line's unapplied rest: the line's "returned" movement.
        var returned = new Dictionary<(string, string), decimal>();
        foreach (var r in reversals ?? [])
            if (r.UnappliedReduced != 0m && r.OriginalSourceId is { } original && lineKey.TryGetValue(original, out var key)) returned[key] = returned.GetValueOrDefault(key) - r.UnappliedReduced;
        return figures.Select(kv => new Proof(Proof.Cash, kv.Key.Currency, chart.Code(new(AccountRole.Cash, kv.Key.Account)), kv.Value[0],
            [
                new("applied", applied.GetValueOrDefault(kv.Key)), new("settled", settled.GetValueOrDefault(kv.Key)), new("fees", 0m),
                new("returned", returned.GetValueOrDefault(kv.Key)), new("other", other.GetValueOrDefault(kv.Key)),
            ], kv.Value[3]) { BankAccount = AccountChart.Masked(kv.Key.Account) }).ToList();
    }
}
