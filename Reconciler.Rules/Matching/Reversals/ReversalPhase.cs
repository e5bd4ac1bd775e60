using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// Last phase: money going back undoes what it paid. Each return, refund, dispute or chargeback (a batch item, or a bank
/// debit that is a returned item) finds its original payment (<see cref="OriginalFinder"/>), tonight's or an earlier
/// night's; what is still unapplied of the original is taken off first, then its applications are reversed, newest
/// first: a negative application (rule <c>reversal</c>) reopens each open item by what was applied. A won dispute applies
/// again what its dispute reversed. Every row ends in a <c>returned_payment</c> exception that says what was reopened,
/// or what was searched for when the original was not found: none is dropped.
/// </summary>
internal sealed class ReversalPhase
{
    public const string RuleName = ReversalRows.ReversalRule;

    private static readonly HashSet<string> UnidentifiedMoney = new(StringComparer.Ordinal)
    {
        DiscrepancyCategory.UnmatchedReceipt, DiscrepancyCategory.UnmatchedPayment, DiscrepancyCategory.StaleUnappliedCash,
    };

    private readonly MatchContext _context;
    private readonly NightBook _book;
    private readonly OriginalFinder _finder;
    private readonly IReadOnlySet<string> _tonight;
    private readonly Dictionary<string, List<PriorPayment>> _earlier = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PriorPayment>> _disputedBefore = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Disputes = new(StringComparer.OrdinalIgnoreCase) { "dispute", "chargeback" };
    // Per original, the reversal applications made tonight (so a second refund does not reverse the same money twice,
    // and a won dispute knows what to apply again), and the row that returned it (a return seen twice is one return).
    private readonly Dictionary<string, List<Application>> _reversedOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CashCandidate> _returnedBy = new(StringComparer.Ordinal);
    private readonly List<CashCandidate> _returnEntries = [];
    private Dictionary<string, List<Application>> _appliedTonight = new(StringComparer.Ordinal);
    // The ids of the payments the finder can give (only theirs are asked for in _appliedTonight, _earlier and _disputedBefore).
    private readonly HashSet<string> _findable;
    private readonly WriteOffReversals _writeOffs;

    // Money whose whole unapplied amount came back: the night's unmatched-money exception about it is answered.
    private readonly HashSet<string> _answered = new(StringComparer.Ordinal);

    /// <param name="originals">Tonight's payments (not reversing) that a reversing row could find, in the night's order.</param>
    /// <param name="tonight">The ids of all tonight's payments that are not reversing.</param>
    /// <param name="earlierReversals">Earlier nights' reversing rows, each to the original it undid: their (negative)
    /// applications count against that original, so a second refund of a charge reopens only what the first left.</param>
    public ReversalPhase(MatchContext context, NightBook book, IReadOnlyList<CashCandidate> originals, IReadOnlySet<string> tonight,
        IReadOnlyList<CashCandidate> prior, IReadOnlyList<PriorPayment> priorPayments, IReadOnlyDictionary<string, EarlierReversal>? earlierReversals = null,
        IReadOnlyList<PriorWriteOff>? priorWriteOffs = null)
    {
        (_context, _book, _tonight) = (context, book, tonight);
        _writeOffs = new WriteOffReversals(context, book, priorWriteOffs ?? [], earlierReversals);
        // Tonight's candidate of a payment wins over its earlier night's copy (the same id).
        var findable = originals.Concat(prior.Where(p => !_tonight.Contains(p.SourceId))).ToList();
        _finder = new OriginalFinder(findable);
        _findable = findable.Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        foreach (var payment in priorPayments)
        {
            var of = payment.SourceId;
            var reversal = earlierReversals?.GetValueOrDefault(payment.SourceId);
            if (reversal is not null) of = reversal.OriginalSourceId;
            // Only what the finder can give is ever asked for (earlier nights' payments are most of the look-back's).
            if (!_findable.Contains(of)) continue;
            if (reversal is not null)
            {
                // What earlier disputes of the original reopened, less what earlier won disputes applied again.
                if (Disputes.Contains(reversal.Kind) && payment.Amount < 0m || reversal.Kind == ReversalRows.DisputeReversal && payment.Amount > 0m)
                    Add(_disputedBefore, of, payment);
            }
            Add(_earlier, of, payment);
        }
    }

    /// <summary>Takes the rows in order: items before bank debits, so a bank debit that is a return file's entry is known as such.</summary>
    public void Run(IEnumerable<CashCandidate> items, IEnumerable<CashCandidate> bankDebits)
    {
        // Tonight's applications of the payments a reversing row can find, by payment, once: the rules are done, and a big
        // night has a million applications, nearly all of money no row reverses (a list for each was tens of MB at its peak).
        foreach (var a in _book.Applications)
        {
            if (a.SourceKind == SourceKind.Adjustment) _writeOffs.Tonight(a);
            else if (a.AppliedAmount > 0m && _findable.Contains(a.SourceId)) Add(_appliedTonight, a.SourceId, a);
        }
        var ordered = items.OrderBy(c => ReversalRows.GivesBack(c)).ThenBy(c => c.Date).ThenBy(c => c.SourceId, StringComparer.Ordinal).ToList();
        foreach (var row in ordered)
        {
            if (ReversalRows.GivesBack(row)) GiveBack(row);
            else TakeBack(row);
        }
        foreach (var debit in bankDebits) TakeBack(debit);
        // Once, at the end: the night has tens of thousands of exceptions.
        if (_answered.Count > 0) _book.Discrepancies.RemoveAll(d => _answered.Contains(d.SourceId) && UnidentifiedMoney.Contains(d.Category));
    }

    private void TakeBack(CashCandidate row)
    {
        if (row.SourceKind == SourceKind.BankLine && ReturnEntryOf(row) is { } returnEntry)
        {
            // The bank's debit of a return the return file brought tonight: one return, settled to that entry's batch,
            // as a deposit is settled to its payout (the entry did the reversing).
            _returnEntries.Remove(returnEntry);
            _book.Note(row.SourceId, RuleName, "settled", $"the bank's side of the return entry {returnEntry.SourceId} ({returnEntry.ItemId})");
            _book.Settlements.Add(new Settlement(row.SourceId, row.Amount, row.Currency, returnEntry.BatchKind ?? "ach_batch", returnEntry.BatchId ?? returnEntry.SourceId,
                returnEntry.Amount, "matched", "return_settlement") { Explanation = $"returned item settled to the return entry {returnEntry.SourceId}" });
            _book.Reversals.Add(new Reversal(row.SourceKind, row.SourceId, "return", row.Currency, row.Amount, returnEntry.SourceKind, returnEntry.SourceId, 0m, 0m)
            { Account = row.Account, SettledBy = returnEntry.SourceId });
            return;
        }
        var (original, searched) = _finder.Find(row);
        if (row.SourceKind != SourceKind.BankLine) _book.Unapplied[row.SourceId] = 0m;
        if (string.Equals(row.ItemKind, "return", StringComparison.OrdinalIgnoreCase)) _returnEntries.Add(row);
        if (original is null)
        {
            _book.Note(row.SourceId, RuleName, "flagged", $"original not found: searched for {searched}");
            _book.Flag(row, Returns.NotFound(row, searched), row.Amount);
            _book.Reversals.Add(new Reversal(row.SourceKind, row.SourceId, row.ItemKind ?? "return", row.Currency, row.Amount, null, null, 0m, 0m) { Account = row.Account });
            return;
        }
        if (row.SourceKind == SourceKind.BankLine && _returnedBy.TryGetValue(original.SourceId, out var entry) && entry.Amount == row.Amount)
        {
            // The bank's debit of a return the return file already brought: one return, settled to that entry's batch.
            _book.Note(row.SourceId, RuleName, "settled", $"the bank's side of the return {entry.SourceId} of {original.SourceId}, already reversed");
            _book.Settlements.Add(new Settlement(row.SourceId, row.Amount, row.Currency, entry.BatchKind ?? "ach_batch", entry.BatchId ?? entry.SourceId, entry.Amount,
                "matched", "return_settlement") { Explanation = $"returned item settled to the return entry {entry.SourceId} of {original.SourceId}" });
            _book.Reversals.Add(new Reversal(row.SourceKind, row.SourceId, "return", row.Currency, row.Amount, original.SourceKind, original.SourceId, 0m, 0m)
            { Account = row.Account, SettledBy = entry.SourceId });
            return;
        }

        var left = -row.Amount;
        var reduced = 0m;
        if (_tonight.Contains(original.SourceId) && _book.Unapplied.TryGetValue(original.SourceId, out var unapplied) && unapplied > 0m)
        {
            // Money that went back before it was applied: the unapplied rest shrinks, nothing is reopened for it.
            reduced = Math.Min(unapplied, left);
            _book.Unapplied[original.SourceId] = unapplied - reduced;
            left -= reduced;
            // Nothing of it is left to identify: the night's unmatched-money exception about it is answered by the return.
            if (unapplied == reduced) _answered.Add(original.SourceId);
        }
        var reopened = new List<(string Invoice, decimal Amount)>();
        foreach (var (invoice, applied, date) in Applied(original).AsEnumerable().Reverse())
        {
            if (left <= 0m) break;
            if (_context.Ledger.FindByKey(ReferenceKey.Normalize(invoice)) is not { } item) continue;
            var take = Math.Min(applied, left);
            _context.Ledger.Apply(item, -take);
            var application = new Application(row.SourceKind, row.SourceId, row.SourceFile, item.InvoiceNumber, item.CustomerId, -take, row.Currency, RuleName, 1.0m,
                $"{Returns.What(row)} undoes {Describe(original)}, which applied {Money.Format(applied)} to {item.InvoiceNumber} on {date:yyyy-MM-dd}; "
                + $"{Money.Format(take)} reopened") { CashDate = row.Date };
            _context.Record(application);
            _book.Applications.Add(application);
            Add(_reversedOf, original.SourceId, application);
            reopened.Add((item.InvoiceNumber, take));
            left -= take;
        }
        // All of the payment's cash undone: what was written off with it goes too (a partial refund keeps it).
        var writtenOff = reopened.Count > 0 && Applied(original).Count == 0 ? _writeOffs.Reverse(row, original.SourceId, Describe(original)) : [];
        if (row.SourceKind != SourceKind.BankLine) _returnedBy[original.SourceId] = row;
        var total = reopened.Sum(r => r.Amount);
        var story = $"{Describe(original)}: "
            + (reopened.Count > 0 ? "reopened " + string.Join(", ", reopened.Select(r => $"{r.Invoice} by {Money.Format(r.Amount)}")) : "reopened nothing")
            + WriteOffReversals.Story(writtenOff, "reversed with it (reopened too)")
            + (reduced > 0m ? $"; {Money.Format(reduced)} taken off its unapplied rest" : "")
            + (left > 0m ? $"; {Money.Format(left)} more than it still had applied or unapplied" : "");
        _book.Note(row.SourceId, RuleName, reopened.Count > 0 ? "applied" : "flagged", story);
        _book.Flag(row, Returns.Reversed(row, story, reopened.Select(r => r.Invoice).FirstOrDefault(),
            reopened.Count > 0 ? _context.Ledger.FindByKey(ReferenceKey.Normalize(reopened[0].Invoice))?.CustomerId : null), row.Amount);
        _book.Reversals.Add(new Reversal(row.SourceKind, row.SourceId, row.ItemKind ?? "return", row.Currency, row.Amount, original.SourceKind, original.SourceId, total, reduced)
        { Account = row.Account, OriginalAccount = original.Account });
    }

    /// <summary>
    /// The return file's entry a returned bank debit is the bank's side of: the only one of tonight's return entries (not
    /// yet tied to a debit) of the same amount and currency, or the one whose trace number the debit names.
    /// </summary>
    private CashCandidate? ReturnEntryOf(CashCandidate debit)
    {
        var fits = _returnEntries.Where(e => e.Currency == debit.Currency && e.Amount == debit.Amount).ToList();
        var named = fits.Where(e => e.ItemId is { Length: > 0 } id && debit.Texts.Any(t => t.Contains(id, StringComparison.Ordinal))).ToList();
        return named.Count == 1 ? named[0] : fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>A won dispute applies again, to the same open items, what the dispute of its charge reversed.</summary>
    private void GiveBack(CashCandidate row)
    {
        var (original, searched) = _finder.Find(row);
        var reversed = original is null ? null : _reversedOf.GetValueOrDefault(original.SourceId) ?? DisputedBefore(original, row);
        _book.Unapplied[row.SourceId] = row.Amount;
        if (original is null || reversed is null)
        {
            var why = original is null ? $"original not found: searched for {searched}" : $"nothing of {Describe(original)} was reversed by a dispute to apply again";
            _book.Note(row.SourceId, RuleName, "flagged", why);
            _book.Flag(row, Returns.NotFound(row, original is null ? searched : why), row.Amount);
            _book.Reversals.Add(new Reversal(row.SourceKind, row.SourceId, row.ItemKind!, row.Currency, row.Amount, original?.SourceKind, original?.SourceId, 0m, 0m));
            return;
        }
        var left = row.Amount;
        var applied = 0m;
        var owner = (string?)null;
        var paidMeanwhile = new List<string>();
        foreach (var undone in reversed)
        {
            if (left <= 0m) break;
            if (_context.Ledger.FindByKey(ReferenceKey.Normalize(undone.InvoiceNumber)) is not { } item) continue;
            owner ??= item.CustomerId;
            // The invoice may have been paid again by other money since the dispute: at most what is open is applied again.
            var take = Math.Min(Math.Min(-undone.AppliedAmount, left), Math.Max(0m, _context.Ledger.OpenAmount(item)));
            if (take < Math.Min(-undone.AppliedAmount, left)) paidMeanwhile.Add(item.InvoiceNumber);
            if (take <= 0m) continue;
            _context.Ledger.Apply(item, take);
            var application = new Application(row.SourceKind, row.SourceId, row.SourceFile, item.InvoiceNumber, item.CustomerId, take, row.Currency,
                ReversalRows.DisputeReversal, 1.0m, $"dispute won: applies again {Money.Format(take)} to {item.InvoiceNumber}, reversed by {undone.SourceId}") { CashDate = row.Date };
            _context.Record(application);
            _book.Applications.Add(application);
            applied += take;
            left -= take;
        }
        // Its cash all applied again: what the dispute reversed of the payment's write-offs is written off again.
        var writtenOff = paidMeanwhile.Count == 0 && applied == reversed.Sum(r => -r.AppliedAmount) ? _writeOffs.WriteOffAgain(row, original.SourceId) : [];
        _book.Unapplied[row.SourceId] = left;
        var story = $"dispute of {Describe(original)} won: {Money.Format(applied)} applied again" + WriteOffReversals.Story(writtenOff, "written off again");
        _book.Note(row.SourceId, ReversalRows.DisputeReversal, "applied", story);
        _book.Reversals.Add(new Reversal(row.SourceKind, row.SourceId, row.ItemKind!, row.Currency, row.Amount, original.SourceKind, original.SourceId, -applied, 0m));
        if (left <= 0m) return;
        if (owner is null) _book.Flag(row, Returns.NotFound(row, $"{Money.Format(left)} more than the dispute reversed"), left);
        else _book.Flag(row, WonDisputeCredit(row, story, left, owner, paidMeanwhile), left);
    }

    /// <summary>What a won dispute could not apply again (its invoice was paid meanwhile, or it is more than the dispute took) is its customer's credit.</summary>
    private static Finding WonDisputeCredit(CashCandidate row, string story, decimal left, string customer, List<string> paidMeanwhile) =>
        new(DiscrepancyCategory.Overpayment,
            $"{Returns.What(row)}: {story}; {Money.Format(left)} {row.Currency} left unapplied as {customer}'s credit ("
            + (paidMeanwhile.Count > 0 ? $"{string.Join(", ", paidMeanwhile)} paid meanwhile by other money" : "more than the dispute reversed") + ")",
            "Apply the credit to another open invoice of the customer, or refund it")
        { CustomerId = customer, InvoiceNumber = paidMeanwhile.FirstOrDefault() };

    /// <summary>
    /// What earlier nights' disputes of <paramref name="original"/> reopened and no won dispute has applied again since, per
    /// invoice, as the negative applications a dispute tonight would have made (null when there is none).
    /// </summary>
    private List<Application>? DisputedBefore(CashCandidate original, CashCandidate row)
    {
        if (_disputedBefore.GetValueOrDefault(original.SourceId) is not { } moves) return null;
        var open = moves.GroupBy(p => p.InvoiceNumber, StringComparer.Ordinal)
            .Select(g => (Invoice: g.Key, Amount: -g.Sum(p => p.Amount), By: g.Where(p => p.Amount < 0m).Select(p => p.SourceId).FirstOrDefault() ?? g.Key))
            .Where(d => d.Amount > 0m).ToList();
        return open.Count == 0 ? null : open.Select(d => new Application(row.SourceKind, d.By, null, d.Invoice, "", -d.Amount, row.Currency, RuleName, 1.0m, "")).ToList();
    }

    /// <summary>The original's applications, oldest first: earlier nights', then tonight's, less what tonight already reversed of each.</summary>
    private List<(string Invoice, decimal Amount, DateOnly Date)> Applied(CashCandidate original)
    {
        var list = new List<(string Invoice, decimal Amount, DateOnly Date)>();
        var undoneBefore = new List<(string Invoice, decimal Amount)>();
        foreach (var p in _earlier.GetValueOrDefault(original.SourceId) ?? [])
        {
            // An earlier night's reversal of this payment (negative) takes back what it reopened.
            if (p.Amount < 0m) undoneBefore.Add((p.InvoiceNumber, -p.Amount));
            else list.Add((p.InvoiceNumber, p.Amount, p.Date));
        }
        foreach (var a in (_appliedTonight.GetValueOrDefault(original.SourceId) ?? []).Where(a => a.SourceKind == original.SourceKind))
            list.Add((a.InvoiceNumber, a.AppliedAmount, a.CashDate ?? _context.AsOf));
        var undoneTonight = (_reversedOf.GetValueOrDefault(original.SourceId) ?? []).Select(a => (a.InvoiceNumber, -a.AppliedAmount));
        foreach (var (invoice, amount) in undoneBefore.Concat(undoneTonight))
        {
            var left = amount;
            for (var i = list.Count - 1; i >= 0 && left > 0m; i--)
            {
                if (list[i].Invoice != invoice) continue;
                var take = Math.Min(list[i].Amount, left);
                list[i] = list[i] with { Amount = list[i].Amount - take };
                left -= take;
            }
        }
        return list.Where(l => l.Amount > 0m).ToList();
    }

    private static string Describe(CashCandidate original) =>
        $"{(original.SourceKind == SourceKind.BankLine ? "bank credit" : original.ItemKind ?? "payment")} {original.SourceId}"
        + (original.ItemId is { } id && id != original.SourceId ? $" [{id}] " : " ")
        + $"({Money.Format(original.FullAmount ?? original.Amount)} {original.Currency} of {original.Date:yyyy-MM-dd})";

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
