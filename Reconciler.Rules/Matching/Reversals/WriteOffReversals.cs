using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// The write-offs that came with a payment (a card fee, a short payment within tolerance, a reviewer's write-off) and go
/// with it: once a payment's cash is all undone (a full return, refund or chargeback, or the last of several partial
/// refunds), what was written off with it is reversed too, so the invoice owes again what the payment closed; a partial
/// refund keeps the write-off. A won dispute writes off again what its dispute reversed, once its cash is all applied again.
/// Each move is an adjustment application of the returning row with the write-off's own rule (negative: reversed).
/// </summary>
internal sealed class WriteOffReversals
{
    public static readonly HashSet<string> Rules = new(StringComparer.Ordinal) { "card_fee", "tolerance_writeoff", "write_off" };

    private static readonly HashSet<string> Disputes = new(StringComparer.OrdinalIgnoreCase) { "dispute", "chargeback" };

    private readonly MatchContext _context;
    private readonly NightBook _book;

    // Per original payment: what was written off with it (+), reversed (-) or written off again (+), by invoice and rule.
    private readonly Dictionary<string, List<PriorWriteOff>> _moves = new(StringComparer.Ordinal);

    // Per original payment: what its disputes reversed (-) and its won disputes wrote off again (+).
    private readonly Dictionary<string, List<PriorWriteOff>> _disputed = new(StringComparer.Ordinal);

    public WriteOffReversals(MatchContext context, NightBook book, IReadOnlyList<PriorWriteOff> earlier,
        IReadOnlyDictionary<string, EarlierReversal>? earlierReversals)
    {
        (_context, _book) = (context, book);
        foreach (var w in earlier)
        {
            if (earlierReversals?.TryGetValue(w.SourceId, out var reversal) == true)
            {
                Add(_moves, reversal.OriginalSourceId, w);
                if (Disputes.Contains(reversal.Kind) && w.Amount < 0m || reversal.Kind == ReversalRows.DisputeReversal && w.Amount > 0m)
                    Add(_disputed, reversal.OriginalSourceId, w);
            }
            else Add(_moves, w.SourceId, w);
        }
    }

    /// <summary>One of tonight's adjustments (the rules are done): kept when it is a write-off made with a payment.</summary>
    public void Tonight(Application a)
    {
        if (a.AppliedAmount > 0m && Rules.Contains(a.Rule)) Add(_moves, a.SourceId, new PriorWriteOff(a.InvoiceNumber, a.AppliedAmount, a.SourceId, a.Rule));
    }

    /// <summary>Reverses what is still written off with <paramref name="original"/>; returns each reversal (invoice, rule, amount reopened).</summary>
    public List<(string Invoice, string Rule, decimal Amount)> Reverse(CashCandidate row, string originalId, string original)
    {
        var done = new List<(string, string, decimal)>();
        foreach (var (invoice, rule, amount) in Left(_moves.GetValueOrDefault(originalId)))
        {
            if (amount <= 0m || _context.Ledger.FindByKey(ReferenceKey.Normalize(invoice)) is not { } item) continue;
            _context.Ledger.Apply(item, -amount);
            _book.Applications.Add(new Application(SourceKind.Adjustment, row.SourceId, row.SourceFile, item.InvoiceNumber, item.CustomerId, -amount, row.Currency,
                rule, 1.0m, $"{Discrepancies.Returns.What(row)} undoes all of {original}: the {rule} of {Money.Format(amount)} written off with it on "
                + $"{item.InvoiceNumber} is reversed; {Money.Format(amount)} reopened") { CashDate = row.Date });
            var move = new PriorWriteOff(item.InvoiceNumber, -amount, row.SourceId, rule);
            Add(_moves, originalId, move);
            if (Disputes.Contains(row.ItemKind ?? "")) Add(_disputed, originalId, move);
            done.Add((item.InvoiceNumber, rule, amount));
        }
        return done;
    }

    /// <summary>A won dispute writes off again, at most what is open, what the disputes of <paramref name="originalId"/> reversed.</summary>
    public List<(string Invoice, string Rule, decimal Amount)> WriteOffAgain(CashCandidate row, string originalId)
    {
        var done = new List<(string, string, decimal)>();
        foreach (var (invoice, rule, amount) in Left(_disputed.GetValueOrDefault(originalId)).Select(l => (l.Invoice, l.Rule, -l.Amount)))
        {
            if (amount <= 0m || _context.Ledger.FindByKey(ReferenceKey.Normalize(invoice)) is not { } item) continue;
            var take = Math.Min(amount, Math.Max(0m, _context.Ledger.OpenAmount(item)));
            if (take <= 0m) continue;
            _context.Ledger.Apply(item, take);
            _book.Applications.Add(new Application(SourceKind.Adjustment, row.SourceId, row.SourceFile, item.InvoiceNumber, item.CustomerId, take, row.Currency,
                rule, 1.0m, $"dispute won: the {rule} of {Money.Format(take)} its dispute reversed on {item.InvoiceNumber} is written off again") { CashDate = row.Date });
            var move = new PriorWriteOff(item.InvoiceNumber, take, row.SourceId, rule);
            Add(_moves, originalId, move);
            Add(_disputed, originalId, move);
            done.Add((item.InvoiceNumber, rule, take));
        }
        return done;
    }

    /// <summary>The net of the moves per invoice and rule, non-zero ones, in the order first seen.</summary>
    private static List<(string Invoice, string Rule, decimal Amount)> Left(List<PriorWriteOff>? moves) =>
        (moves ?? []).GroupBy(m => (m.InvoiceNumber, m.Rule)).Select(g => (g.Key.InvoiceNumber, g.Key.Rule, Amount: g.Sum(m => m.Amount)))
            .Where(l => l.Amount != 0m).ToList();

    /// <summary>The words for the exception: "; its card_fee of 3.20 on INV-1 reversed too".</summary>
    public static string Story(IReadOnlyList<(string Invoice, string Rule, decimal Amount)> moves, string verb) =>
        moves.Count == 0 ? "" : $"; {string.Join(", ", moves.Select(m => $"its {m.Rule} of {Money.Format(m.Amount)} on {m.Invoice}"))} {verb}";

    private static void Add(Dictionary<string, List<PriorWriteOff>> map, string key, PriorWriteOff value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
