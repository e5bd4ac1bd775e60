using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Customer;

namespace Reconciler.Rules.Matching;

/// <summary>
/// Runs one night: settlement first (bank credits to batches), then cash application and claim posting
/// over what is left, then returned payments among the night's debits. Deterministic: money is taken in a
/// fixed order (date, kind, id), so the same input and rules give the same result.
/// </summary>
public sealed class MatchingEngine(RuleSet rules)
{
    public RuleSet Rules => rules;

    /// <summary>The payer aliases of config/aliases.json, used every night beside the input's learned ones.</summary>
    public IReadOnlyList<PayerAlias> ConfiguredAliases { get; init; } = [];

    public MatchingResult Run(MatchingInput input)
    {
        var ledger = new OpenItemLedger(input.OpenItems);
        var context = new MatchContext(ledger, input.AsOf, input.PriorPayments, new PayerAliasBook([.. ConfiguredAliases, .. input.Aliases]));
        // A queue: the cash phase takes each payment out as it goes, so what it has done with is not held to the end of the match.
        var ordered = new Queue<CashCandidate>(input.Cash.OrderBy(c => c.Date).ThenBy(c => c.SourceKind, StringComparer.Ordinal)
            .ThenBy(c => c.SourceId, StringComparer.Ordinal));
        var book = new NightBook(ordered.Count, input.TrailSink);

        var handled = DecisionPhase.Run(input.Decisions, ordered, context, book);
        // Returns, refunds and disputes wait for the last phase: what they undo is applied first.
        var reversing = ordered.Where(c => !handled.Contains(c.SourceId) && ReversalRows.IsReversing(c)).ToList();
        handled.UnionWith(reversing.Select(c => c.SourceId));
        handled.UnionWith(SettlementPhase.Run(ordered.Where(c => c.SourceKind == SourceKind.BankLine && !handled.Contains(c.SourceId)), input.Batches, rules.Settlement, book));
        var returns = input.Debits.OrderBy(d => d.Date).ThenBy(d => d.SourceId, StringComparer.Ordinal).Where(Returns.IsReturn).ToList();
        // A return, refund or dispute looks for its original among tonight's payments too: those it could find are kept
        // for it, with the ids of all; the others go once they are matched (a big night's million payments and their texts).
        var reversals = reversing.Count > 0 || returns.Count > 0;
        var sought = reversals ? OriginalFinder.Sought(reversing.Concat(returns)) : null;
        List<CashCandidate> originals = sought is null ? [] : ordered.Where(c => !ReversalRows.IsReversing(c) && sought(c)).ToList();
        var tonight = new HashSet<string>(sought is null ? 0 : ordered.Count, StringComparer.Ordinal);
        if (sought is not null)
            foreach (var c in ordered)
                if (!ReversalRows.IsReversing(c)) tonight.Add(c.SourceId);
        var cashPhase = new CashPhase(rules, context, book);
        while (ordered.TryDequeue(out var cash))
            if (!handled.Contains(cash.SourceId)) cashPhase.Run(cash);

        if (reversals)
            new ReversalPhase(context, book, originals, tonight, input.PriorSources, input.PriorPayments, input.EarlierReversals, input.PriorWriteOffs).Run(reversing, returns);
        return book.ToResult();
    }
}
