using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// Runs one night: settlement first (bank credits to batches), then cash application and claim posting
/// over what is left, then returned payments among the night's debits. Deterministic: money is taken in a
/// fixed order (date, kind, id), so the same input and rules give the same result.
/// </summary>
public sealed class MatchingEngine(RuleSet rules)
{
    public RuleSet Rules => rules;

    // Optimised from the start: unoptimised code (a method run once a night) keeps its locals alive to the end, so the
    // input's payments would be held through the whole match whatever the loop below lets go.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public MatchingResult Run(MatchingInput input)
    {
        var ledger = new OpenItemLedger(input.OpenItems);
        var context = new MatchContext(ledger, input.AsOf, input.PriorPayments);
        var book = new NightBook(input.Cash.Count);
        var ordered = input.Cash.OrderBy(c => c.Date).ThenBy(c => c.SourceKind, StringComparer.Ordinal)
            .ThenBy(c => c.SourceId, StringComparer.Ordinal).ToArray();
        var (batches, decisions, debits) = (input.Batches, input.Decisions, input.Debits);
        // Nothing below reads the input again: a caller that lets go of it too (a big night does) leaves the payments
        // held by `ordered` alone, which lets each go once the cash phase has seen it (below).

        var handled = DecisionPhase.Run(decisions, ordered, context, book);
        handled.UnionWith(SettlementPhase.Run(ordered.Where(c => c.SourceKind == SourceKind.BankLine && !handled.Contains(c.SourceId)), batches, rules.Settlement, book));
        var cashPhase = new CashPhase(rules, context, book);
        for (var i = 0; i < ordered.Length; i++)
        {
            // Let go as soon as seen: the results keep only the payment's id and texts, and on a big night the payments
            // (a million objects with their lists of texts, about 230 MB) are otherwise held until the match ends, its peak.
            var cash = ordered[i];
            ordered[i] = null!;
            if (!handled.Contains(cash.SourceId)) cashPhase.Run(cash);
        }

        foreach (var debit in debits.OrderBy(d => d.Date).ThenBy(d => d.SourceId, StringComparer.Ordinal).Where(Returns.IsReturn))
            book.Flag(debit, Returns.Finding(debit), debit.Amount);
        return book.ToResult();
    }
}
