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
        var keys = new HashSet<string>(bankLine.Texts.SelectMany(ReferenceKey.CandidateKeys), StringComparer.Ordinal);
        var batches = unsettled.Where(b => b.Batch.Kind == batchKind && b.Batch.Currency == bankLine.Currency && InWindow(b.Batch, bankLine.Date)).ToList();
        if (batches.Count == 0) return new SettlementOutcome.NoMatch($"no unsettled {batchKind} batch in {bankLine.Currency} dated around {bankLine.Date:yyyy-MM-dd}");

        var named = batches.Where(b => Identifiers(b.Batch).Any(keys.Contains)).ToList();
        if (named.Count == 1)
            return new SettlementOutcome.Settled(named[0], $"{batchKind} {named[0].Batch.Id} named in the bank text; bank {Money.Format(bankLine.Amount)} vs batch {Money.Format(named[0].Batch.Amount)}");
        if (named.Count > 1)
            named = named.Where(b => b.Batch.Amount == bankLine.Amount).ToList() is { Count: 1 } exact ? exact : named;
        if (named.Count == 1)
            return new SettlementOutcome.Settled(named[0], $"{batchKind} {named[0].Batch.Id} named in the bank text with the same amount {Money.Format(bankLine.Amount)}");

        var text = string.Join(' ', bankLine.Texts).ToUpperInvariant();
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
