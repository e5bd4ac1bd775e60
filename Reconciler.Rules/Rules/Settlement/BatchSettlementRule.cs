using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Settlement;

/// <summary>
/// Ties a bank credit to a batch of one kind. The batch's id or trace found in the bank text is decisive
/// (a difference in amount is then reported, not a reason to refuse); otherwise the amount must agree
/// within tolerance, the date fall in the window and a keyword of the kind (STRIPE, PAYPAL, HCCLAIMPMT,
/// the originator's name) appear, and exactly one batch may fit.
/// </summary>
public sealed class BatchSettlementRule(string name, string batchKind, SettlementOptions options) : ISettlementRule
{
    public string Name => name;

    // Upper-cased once: every bank line of the night is searched for them.
    private readonly string[] _keywords = options.Keywords.Select(k => k.ToUpperInvariant()).ToArray();

    public SettlementOutcome Evaluate(CashCandidate bankLine, UnsettledBatches unsettled)
    {
        var line = LineText.Of(bankLine, unsettled);
        var view = ViewOf(unsettled);
        if (options.RequireKeyword && QuickNoMatch(bankLine, line, view, unsettled) is { } quick) return quick;
        return FullEvaluation(bankLine, line, view, unsettled);
    }

    // Apart from the quick look above (no lambdas there: a closure would be made for every line of the night).
    private SettlementOutcome FullEvaluation(CashCandidate bankLine, LineText line, BatchView view, UnsettledBatches unsettled)
    {
        var batches = view.Mine.Where(b => unsettled.IsLive(b) && b.Batch.Currency == bankLine.Currency && InWindow(b.Batch, bankLine.Date)).ToList();
        if (batches.Count == 0) return new SettlementOutcome.NoMatch($"no unsettled {batchKind} batch in {bankLine.Currency} dated around {bankLine.Date:yyyy-MM-dd}");

        var namedByLine = unsettled.NamedBy(bankLine);
        var named = batches.Where(b => namedByLine.Contains(b)).ToList();
        if (named.Count == 1)
            return new SettlementOutcome.Settled(named[0], $"{batchKind} {named[0].Batch.Id} named in the bank text; bank {Money.Format(bankLine.Amount)} vs batch {Money.Format(named[0].Batch.Amount)}");
        if (named.Count > 1)
            named = named.Where(b => b.Batch.Amount == bankLine.Amount).ToList() is { Count: 1 } exact ? exact : named;
        if (named.Count == 1)
            return new SettlementOutcome.Settled(named[0], $"{batchKind} {named[0].Batch.Id} named in the bank text with the same amount {Money.Format(bankLine.Amount)}");

        var text = line.Upper;
        var keyword = options.Keywords.Where((_, i) => text.Contains(_keywords[i], StringComparison.Ordinal)).FirstOrDefault();
        var payerNamed = batches.Where(b => b.Batch.Payer is { Length: > 3 } payer && text.Contains(payer.ToUpperInvariant(), StringComparison.Ordinal)).ToList();
        if (keyword is null && payerNamed.Count == 0 && options.RequireKeyword)
            return new SettlementOutcome.NoMatch($"bank text names no {batchKind} batch and has none of: {string.Join(", ", options.Keywords)}");

        var pool = keyword is null && options.RequireKeyword ? payerNamed : batches;
        var fits = pool.Where(b => Math.Abs(b.Batch.Amount - bankLine.Amount) <= options.Tolerance)
            .OrderBy(b => Math.Abs(b.Batch.Amount - bankLine.Amount)).ThenBy(b => b.Key, StringComparer.Ordinal).ToList();
        if (fits.Count == 0) return new SettlementOutcome.NoMatch($"no {batchKind} batch of {Money.Format(bankLine.Amount)} {bankLine.Currency} in the date window");
        if (fits.Count > 1 && fits[1].Batch.Amount == fits[0].Batch.Amount)
            return new SettlementOutcome.Ambiguous(fits.Where(f => f.Batch.Amount == fits[0].Batch.Amount).ToList(),
                $"{fits.Count} {batchKind} batches of {Money.Format(bankLine.Amount)} fit the bank line");
        return new SettlementOutcome.Settled(fits[0],
            $"{batchKind} {fits[0].Batch.Id} of {Money.Format(fits[0].Batch.Amount)} dated {fits[0].Batch.Date:yyyy-MM-dd} fits amount, date window and text ({keyword ?? fits[0].Batch.Payer})");
    }

    /// <summary>
    /// Most bank lines are customer payments: they name no batch, carry no keyword and no payer of this kind. Such
    /// a line gets the same "no match" the full evaluation below would give, without a scan of every batch for each
    /// line (a night of a million lines has thousands of batches). Null when the full evaluation is needed.
    /// </summary>
    private SettlementOutcome.NoMatch? QuickNoMatch(CashCandidate bankLine, LineText line, BatchView view, UnsettledBatches unsettled)
    {
        var named = unsettled.NamedBy(bankLine);
        for (var i = 0; i < named.Count; i++)
            if (named[i].Batch.Kind == batchKind && Fits(named[i], bankLine, unsettled)) return null;
        foreach (var keyword in _keywords)
            if (line.Contains(keyword)) return null;
        foreach (var (payer, batches) in view.ByPayer)
        {
            if (!line.Contains(payer)) continue;
            foreach (var b in batches)
                if (Fits(b, bankLine, unsettled)) return null;
        }
        return AnyFits(view, unsettled, bankLine.Currency, bankLine.Date) ? _namesNone : NoneAround(bankLine);
    }

    // Whether a live batch of this kind fits a currency and day, remembered with the batch that showed it: a batch
    // never comes back once settled, so "none" stays true all night and "some" holds while its witness is live.
    // (Scanning every batch for each line that names none made a big night quadratic.)
    private readonly Dictionary<(string Currency, DateOnly Date), NightBatch?> _fitting = [];

    private bool Fits(NightBatch b, CashCandidate bankLine, UnsettledBatches unsettled) =>
        unsettled.IsLive(b) && b.Batch.Currency == bankLine.Currency && InWindow(b.Batch, bankLine.Date);

    private bool AnyFits(BatchView view, UnsettledBatches unsettled, string currency, DateOnly date)
    {
        var key = (currency, date);
        if (_fitting.TryGetValue(key, out var witness) && (witness is null || unsettled.IsLive(witness))) return witness is not null;
        witness = FirstFitting(view, unsettled, currency, date);
        _fitting[key] = witness;
        return witness is not null;
    }

    // A loop of its own: a lambda here would make its closure on every call of the method above, found in the cache or not.
    private NightBatch? FirstFitting(BatchView view, UnsettledBatches unsettled, string currency, DateOnly date)
    {
        foreach (var b in view.Mine)
            if (unsettled.IsLive(b) && b.Batch.Currency == currency && InWindow(b.Batch, date)) return b;
        return null;
    }

    // Most lines of a night are turned down for one of these reasons: one outcome each (per currency and day) for the night.
    private SettlementOutcome.NoMatch? _namesNoneCache;
    private SettlementOutcome.NoMatch _namesNone =>
        _namesNoneCache ??= new($"bank text names no {batchKind} batch and has none of: {string.Join(", ", options.Keywords)}");
    private readonly Dictionary<(string Currency, DateOnly Date), SettlementOutcome.NoMatch> _noneAround = [];

    private SettlementOutcome.NoMatch NoneAround(CashCandidate bankLine)
    {
        var key = (bankLine.Currency, bankLine.Date);
        if (!_noneAround.TryGetValue(key, out var outcome))
            _noneAround[key] = outcome = new($"no unsettled {batchKind} batch in {bankLine.Currency} dated around {bankLine.Date:yyyy-MM-dd}");
        return outcome;
    }

    /// <summary>The unsettled batches of this rule's kind, and indexed by payer.</summary>
    private sealed class BatchView(IReadOnlyList<NightBatch> mine)
    {
        public IReadOnlyList<NightBatch> Mine { get; } = mine;
        public Dictionary<string, List<NightBatch>> ByPayer { get; } = new(StringComparer.Ordinal);
    }

    private (UnsettledBatches Source, BatchView View)? _cached;

    // The phase passes the same set all night and only ever settles batches in it: the indexes are built once per
    // set and keep the settled batches, which the callers filter out with IsLive.
    private BatchView ViewOf(UnsettledBatches unsettled)
    {
        if (_cached is { } c && ReferenceEquals(c.Source, unsettled)) return c.View;
        _fitting.Clear();
        var view = new BatchView(unsettled.All.Where(b => b.Batch.Kind == batchKind).ToList());
        foreach (var b in view.Mine)
        {
            if (b.Batch.Payer is { Length: > 3 } payer)
            {
                if (!view.ByPayer.TryGetValue(payer.ToUpperInvariant(), out var list)) view.ByPayer[payer.ToUpperInvariant()] = list = [];
                list.Add(b);
            }
        }
        _cached = (unsettled, view);
        return view;
    }

    private bool InWindow(PaymentBatch batch, DateOnly bankDate) =>
        batch.Date is not { } date || (bankDate.DayNumber - date.DayNumber >= -options.DaysBefore && bankDate.DayNumber - date.DayNumber <= options.DaysAfter);
}
