using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Storage;

namespace Reconciler.Runs;

/// <summary>Turns what the store holds into what the matching engine reads.</summary>
public static class NightInputs
{
    /// <summary>What the engine reads of the night's money: each bank credit and batch item as a candidate.</summary>
    public static Queue<CashCandidate> Payments(IReadOnlyList<OutstandingCash> cash, IReadOnlyList<OutstandingItem> items)
    {
        var payments = new Queue<CashCandidate>(cash.Count + items.Count);
        foreach (var line in cash) payments.Enqueue(FromBankLine(line));
        foreach (var item in items) payments.Enqueue(FromItem(item));
        return payments;
    }

    /// <summary>
    /// The payments handed over rather than shared: reading them takes them out of the queue, so once the engine has
    /// matched one, nothing else holds it (a big night's million candidates and their texts, held to the end of the match
    /// otherwise).
    /// </summary>
    public static IEnumerable<CashCandidate> HandedOver(Queue<CashCandidate> payments)
    {
        while (payments.TryDequeue(out var payment)) yield return payment;
    }

    public static CashCandidate FromBankLine(OutstandingCash cash) => new()
    {
        SourceKind = SourceKind.BankLine,
        SourceId = cash.Transaction.Id,
        SourceFile = cash.SourceFile,
        Amount = cash.Remaining,
        Currency = cash.Transaction.Currency,
        Date = cash.Transaction.BookingDate,
        Counterparty = cash.Transaction.Counterparty,
        // Arrays of the exact size: a big night has a million candidates, each holding its texts until the match ends.
        Texts = cash.Transaction.SearchableTexts().ToArray(),
        TypeCode = cash.Transaction.TypeCode,
        Reversal = cash.Transaction.Reversal,
        Account = cash.Transaction.Account,
        FullAmount = cash.Transaction.Amount,
    };

    public static CashCandidate FromItem(OutstandingItem outstanding) => new()
    {
        SourceKind = outstanding.Item.Claim is null ? SourceKind.PaymentItem : SourceKind.ClaimPayment,
        SourceId = outstanding.ItemKey,
        SourceFile = outstanding.SourceFile,
        Amount = outstanding.Remaining,
        Currency = outstanding.Currency,
        Date = outstanding.Date,
        Counterparty = outstanding.Item.Customer,
        InvoiceReference = outstanding.Item.InvoiceReference,
        Texts = outstanding.Item.Text is { } text ? [text, outstanding.Item.Id] : [outstanding.Item.Id],
        ItemKind = outstanding.Item.Kind,
        BatchKind = outstanding.BatchKind,
        BatchId = outstanding.BatchId,
        Claim = outstanding.Item.Claim,
        ItemId = outstanding.Item.Id,
        FullAmount = outstanding.Item.Gross,
    };

    /// <summary>
    /// Tonight's open items plus, owing nothing, those of the previous night that left the export: a payment
    /// that names one of them is then recognised as a payment to a closed invoice, not as unknown money.
    /// </summary>
    public static IReadOnlyList<OpenItem> WithClosed(IReadOnlyList<OpenItem> opening, IReadOnlyList<OpenItem> previous)
    {
        if (previous.Count == 0) return opening; // a ledger's first night: nothing closed since
        var known = opening.Select(i => i.InvoiceNumber).ToHashSet(StringComparer.Ordinal);
        return opening.Concat(previous.Where(p => !known.Contains(p.InvoiceNumber)).Select(p => p with { OpenAmount = 0m })).ToList();
    }

    /// <summary>
    /// The items tonight's returns, refunds and disputes may reopen that the night does not know yet: what their originals
    /// (<see cref="MatchingInput.PriorSources"/>, found among earlier nights' money) paid, closed before the previous night
    /// and so in neither tonight's export nor the previous night's items. Each comes as it was last stored, closed.
    /// </summary>
    public static IReadOnlyList<OpenItem> WithPaidByOriginals(IReconciliationStore store, MatchingInput input)
    {
        if (input.PriorSources.Count == 0) return input.OpenItems;
        var originals = input.PriorSources.Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        var known = input.OpenItems.Select(i => i.InvoiceNumber).ToHashSet(StringComparer.Ordinal);
        var missing = input.PriorPayments.Where(p => originals.Contains(p.SourceId) && !known.Contains(p.InvoiceNumber))
            .Select(p => p.InvoiceNumber).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0) return input.OpenItems;
        var stored = store.NewestOpenItems(missing, input.AsOf.AddDays(-1)).Select(i => i with { OpenAmount = 0m });
        return input.OpenItems.Concat(stored.OrderBy(i => i.InvoiceNumber, StringComparer.Ordinal)).ToList();
    }

    /// <summary>How far back a return, refund or dispute looks for the payment it undoes.</summary>
    public const int ReversalLookBackDays = 180;

    /// <summary>
    /// The money earlier nights applied, as candidates with their full amounts, that tonight's returns, refunds and disputes
    /// could find as their original (<see cref="ReversalRows.OriginalsSoughtBy"/>: the same amount on the same account, or
    /// an id they name); read only on a night that has such a row. Only those: every payment applied in the look-back was
    /// a month's worth of history, and the items they paid were then all read back for <see cref="WithPaidByOriginals"/>.
    /// </summary>
    public static IReadOnlyList<CashCandidate> EarlierPayments(IReconciliationStore store, IEnumerable<CashCandidate> tonight, MatchingInput input)
    {
        var reversing = tonight.Where(ReversalRows.IsReversing).Concat(input.Debits.Where(Rules.Discrepancies.Returns.IsReturn)).ToList();
        if (reversing.Count == 0) return [];
        if (input.PriorPayments.Count == 0) return [];
        var sought = ReversalRows.OriginalsSoughtBy(reversing);
        var returned = reversing.Where(r => r.SourceKind == SourceKind.BankLine).Select(r => -r.Amount).ToHashSet();
        var (lines, items) = store.EarlierMoney(input.AsOf.AddDays(-ReversalLookBackDays), input.AsOf, returned);
        // Of the earlier money read, what was applied: the few ids read are looked for among the look-back's payments (hundreds
        // of thousands, which were put in a set of their own every night).
        var read = lines.Select(l => l.Id).Concat(items.Select(i => i.ItemKey)).ToHashSet(StringComparer.Ordinal);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var payment in input.PriorPayments)
            if (read.Contains(payment.SourceId)) applied.Add(payment.SourceId);
        return lines.Where(l => applied.Contains(l.Id)).Select(FromBankLine).Where(sought)
            .Concat(items.Where(i => applied.Contains(i.ItemKey)).Select(FromItem).Where(sought)).ToList();
    }
}
