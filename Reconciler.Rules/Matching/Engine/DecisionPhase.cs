using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// Before any rule runs, reviewers' decisions from the returned workbook are acted on: Apply becomes a
/// manual application (rule <c>manual</c>) of the exception's money, with the amounts per invoice when given; Write off closes an invoice's
/// remainder (rule <c>write_off</c>) or the unapplied money; Refund closes the money. Returns the sources
/// decided, so the rules leave them alone.
/// </summary>
internal static class DecisionPhase
{
    public static HashSet<string> Run(IReadOnlyList<ReviewDecision> decisions, IEnumerable<CashCandidate> cash, MatchContext context, NightBook book)
    {
        var handled = new HashSet<string>(StringComparer.Ordinal);
        if (decisions.Count == 0) return handled; // most nights: no table of a million payments for nothing
        var bySource = cash.ToDictionary(c => c.SourceId, StringComparer.Ordinal);
        foreach (var decision in decisions.OrderBy(d => d.Reference, StringComparer.Ordinal))
        {
            bySource.TryGetValue(decision.SourceId, out var money);
            var why = $"reviewer decision ({decision.Reference}){(string.IsNullOrWhiteSpace(decision.Note) ? "" : ": " + decision.Note)}";
            switch (decision.Kind)
            {
                case ReviewAction.Apply when money is not null && money.Amount > 0m:
                    var left = money.Amount;
                    foreach (var target in decision.ApplyTo.Select(ApplyTarget.Parse))
                    {
                        if (context.Ledger.FindByKey(ReferenceKey.Normalize(target.Invoice)) is not { } item) continue;
                        // With amounts per invoice ("INV-1=100.00"), exactly those; else what the invoice owes, in order.
                        var amount = Math.Min(Math.Min(left, context.Ledger.OpenAmount(item)), target.Amount ?? decimal.MaxValue);
                        if (amount <= 0m) continue;
                        context.Ledger.Apply(item, amount);
                        var application = new Application(money.SourceKind, money.SourceId, money.SourceFile, item.InvoiceNumber, item.CustomerId,
                            amount, money.Currency, "manual", 1.0m, $"applied by {why}") { CashDate = money.Date };
                        context.Record(application);
                        book.Applications.Add(application);
                        left -= amount;
                    }
                    book.Note(money.SourceId, "manual", "decided", $"applied by {why}");
                    book.Unapplied[money.SourceId] = left;
                    handled.Add(money.SourceId);
                    if (left > 0m)
                    {
                        book.Flag(money, new Finding(Discrepancies.DiscrepancyCategory.Overpayment,
                            $"{Money.Format(left)} {money.Currency} left after applying as the reviewer decided ({decision.Reference})",
                            "Apply the rest to another invoice or refund it"), left);
                    }
                    break;
                case ReviewAction.WriteOff when decision.InvoiceNumber is { } invoice && context.Ledger.FindByKey(ReferenceKey.Normalize(invoice)) is { } item && context.Ledger.OpenAmount(item) > 0m:
                    var open = context.Ledger.OpenAmount(item);
                    context.Ledger.Apply(item, open);
                    book.Applications.Add(new Application(SourceKind.Adjustment, decision.SourceId, null, item.InvoiceNumber, item.CustomerId,
                        open, item.Currency, "write_off", 1.0m, $"remaining {Money.Format(open)} written off by {why}"));
                    if (money is not null) Close(money, "write_off", $"closed by {why}", book, handled);
                    break;
                case ReviewAction.WriteOff or ReviewAction.Refund when money is not null:
                    Close(money, decision.Action, $"{(decision.Kind == ReviewAction.Refund ? "refunded" : "written off")} by {why}", book, handled);
                    break;
                default:
                    if (money is not null) book.Note(money.SourceId, "decision", decision.Action, why);
                    break;
            }
        }
        return handled;
    }

    private static void Close(CashCandidate money, string rule, string detail, NightBook book, HashSet<string> handled)
    {
        book.Note(money.SourceId, rule, "decided", detail);
        // The reviewer settled this money: what is left of it is not looked at again.
        book.Unapplied[money.SourceId] = 0m;
        handled.Add(money.SourceId);
    }
}
