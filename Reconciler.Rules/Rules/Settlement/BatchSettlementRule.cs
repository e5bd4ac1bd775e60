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

    public SettlementOutcome Evaluate(CashCandidate bankLine, IReadOnlyList<NightBatch> unsettled)
    {
        var (keys, text) = TextOf(bankLine);
        var view = ViewOf(unsettled);
        if (options.RequireKeyword && QuickNoMatch(bankLine, keys, view) is { } quick) return quick;
        var batches = unsettled.Where(b => b.Batch.Kind == batchKind && b.Batch.Currency == bankLine.Currency && InWindow(b.Batch, bankLine.Date)).ToList();
        if (batches.Count == 0) return new SettlementOutcome.NoMatch($"no unsettled {batchKind} batch in {bankLine.Currency} dated around {bankLine.Date:yyyy-MM-dd}");

        var named = batches.Where(b => view.Identifiers[b].Any(keys.Contains)).ToList();
        if (named.Count == 1)
            return new SettlementOutcome.Settled(named[0], $"{batchKind} {named[0].Batch.Id} named in the bank text; bank {Money.Format(bankLine.Amount)} vs batch {Money.Format(named[0].Batch.Amount)}");
        if (named.Count > 1)
            named = named.Where(b => b.Batch.Amount == bankLine.Amount).ToList() is { Count: 1 } exact ? exact : named;
        if (named.Count == 1)
            return new SettlementOutcome.Settled(named[0], $"{batchKind} {named[0].Batch.Id} named in the bank text with the same amount {Money.Format(bankLine.Amount)}");

        var keyword = options.Keywords.FirstOrDefault(k => text.Contains(k.ToUpperInvariant(), StringComparison.Ordinal));
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
    private SettlementOutcome.NoMatch? QuickNoMatch(CashCandidate bankLine, HashSet<string> keys, BatchView view)
    {
        bool Fits(NightBatch b) => view.Live.Contains(b) && b.Batch.Currency == bankLine.Currency && InWindow(b.Batch, bankLine.Date);
        if (keys.Any(k => view.ByIdentifier.TryGetValue(k, out var named) && named.Any(Fits))) return null;
        var text = TextOf(bankLine).Upper;
        if (options.Keywords.Any(k => text.Contains(k.ToUpperInvariant(), StringComparison.Ordinal))) return null;
        if (view.ByPayer.Any(p => text.Contains(p.Key, StringComparison.Ordinal) && p.Value.Any(Fits))) return null;
        return view.Mine.Any(Fits)
            ? new SettlementOutcome.NoMatch($"bank text names no {batchKind} batch and has none of: {string.Join(", ", options.Keywords)}")
            : new SettlementOutcome.NoMatch($"no unsettled {batchKind} batch in {bankLine.Currency} dated around {bankLine.Date:yyyy-MM-dd}");
    }

    /// <summary>A bank line's candidate keys and upper-cased text, worked out once for all the settlement rules.</summary>
    private sealed record LineText(HashSet<string> Keys, string Upper);

    // The settlement rules look at one line after another, each rule in turn on the same thread: remembering the
    // last line's text saves working it out once per rule.
    [ThreadStatic] private static CashCandidate? _lastLine;
    [ThreadStatic] private static LineText? _lastText;

    private static LineText TextOf(CashCandidate line)
    {
        if (ReferenceEquals(line, _lastLine) && _lastText is not null) return _lastText;
        _lastText = new LineText(new HashSet<string>(line.Texts.SelectMany(ReferenceKey.CandidateKeys), StringComparer.Ordinal),
            string.Join(' ', line.Texts).ToUpperInvariant());
        _lastLine = line;
        return _lastText;
    }

    /// <summary>The unsettled batches of this rule's kind, indexed by identifier and by payer.</summary>
    private sealed class BatchView(IReadOnlyList<NightBatch> mine)
    {
        public IReadOnlyList<NightBatch> Mine { get; } = mine;
        public Dictionary<NightBatch, string[]> Identifiers { get; } = new(ReferenceEqualityComparer.Instance);
        public Dictionary<string, List<NightBatch>> ByIdentifier { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<NightBatch>> ByPayer { get; } = new(StringComparer.Ordinal);

        /// <summary>The batches still unsettled: the indexes keep the settled ones, which this filters out.</summary>
        public HashSet<object> Live { get; set; } = new(ReferenceEqualityComparer.Instance);
    }

    private sealed record CachedView(IReadOnlyList<NightBatch> Source, int Count, BatchView View);

    private CachedView? _cached;

    // The phase passes the same list all night and only ever removes the batches it settles. The indexes are built
    // once per list; a settlement only refreshes the set of live batches (rebuilding every index per settlement made
    // a night of thousands of batches allocate tens of gigabytes).
    private BatchView ViewOf(IReadOnlyList<NightBatch> unsettled)
    {
        if (_cached is { } c && ReferenceEquals(c.Source, unsettled))
        {
            if (c.Count != unsettled.Count)
            {
                c.View.Live = new HashSet<object>(unsettled, ReferenceEqualityComparer.Instance);
                _cached = c with { Count = unsettled.Count };
            }
            return c.View;
        }
        var view = new BatchView(unsettled.Where(b => b.Batch.Kind == batchKind).ToList())
        {
            Live = new HashSet<object>(unsettled, ReferenceEqualityComparer.Instance),
        };
        foreach (var b in unsettled)
        {
            var ids = Identifiers(b.Batch).ToArray();
            view.Identifiers[b] = ids;
            if (b.Batch.Kind != batchKind) continue;
            foreach (var id in ids)
            {
                if (!view.ByIdentifier.TryGetValue(id, out var list)) view.ByIdentifier[id] = list = [];
                list.Add(b);
            }
            if (b.Batch.Payer is { Length: > 3 } payer)
            {
                if (!view.ByPayer.TryGetValue(payer.ToUpperInvariant(), out var list)) view.ByPayer[payer.ToUpperInvariant()] = list = [];
                list.Add(b);
            }
        }
        _cached = new CachedView(unsettled, unsettled.Count, view);
        return view;
    }

    private bool InWindow(PaymentBatch batch, DateOnly bankDate) =>
        batch.Date is not { } date || (bankDate.DayNumber - date.DayNumber >= -options.DaysBefore && bankDate.DayNumber - date.DayNumber <= options.DaysAfter);

    /// <summary>
    /// The batch's id and the first part of its trace as reference keys. An 835 trace's second part (TRN03)
    /// is the payer's id, shared by all its remittances, so it identifies no single batch.
    /// </summary>
    private static IEnumerable<string> Identifiers(PaymentBatch batch)
    {
        var raw = new[] { batch.Id }.Concat((batch.Trace ?? "").Split([' ', '*'], StringSplitOptions.RemoveEmptyEntries).Take(1));
        // Short ids ("1", "42") would be found in any text by chance; only ids of 4 characters or more count.
        return raw.Select(ReferenceKey.Normalize).Where(k => k.Length >= 4).Distinct();
    }
}
