using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Stripe;

/// <summary>
/// Groups Stripe rows into what reaches the bank: one <c>stripe_payout</c> batch per payout id, whose amount is
/// the sum of its rows' net (the payout's own balance transaction is left out of the sum and only used as a
/// check). Rows not yet paid out form one <c>pending</c> batch per currency: they are waiting, not wrong.
/// </summary>
internal static class StripePayouts
{
    public const string PayoutKind = "stripe_payout";
    public const string PendingKind = "pending";

    public static List<PaymentBatch> Group(string file, IReadOnlyList<StripeRow> rows, List<ParseProblem> problems)
    {
        var batches = new List<PaymentBatch>();
        var payoutRows = rows.Where(r => r.IsPayout && r.PayoutId is not null)
            .GroupBy(r => r.PayoutId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var membersOf = rows.Where(r => !r.IsPayout && r.PayoutId is not null).ToLookup(r => r.PayoutId!, StringComparer.Ordinal);
        var order = rows.Where(r => r.PayoutId is not null).Select(r => r.PayoutId!).Distinct(StringComparer.Ordinal);
        foreach (var payoutId in order)
        {
            var members = membersOf[payoutId].ToList();
            payoutRows.TryGetValue(payoutId, out var payoutRow);
            var batch = Payout(file, payoutId, members, payoutRow, problems);
            if (batch is not null) batches.Add(batch);
        }

        foreach (var waiting in rows.Where(r => !r.IsPayout && r.PayoutId is null).GroupBy(r => r.Currency, StringComparer.Ordinal))
        {
            var items = waiting.Select(r => r.Item).ToList();
            batches.Add(new PaymentBatch
            {
                Kind = PendingKind,
                Id = "pending",
                Date = null,
                Amount = items.Sum(i => i.Net),
                Currency = waiting.Key,
                Items = items,
                Location = $"{file}:{waiting.First().Line.ToString(CultureInfo.InvariantCulture)}",
            });
        }

        // A payout row of the file with no payout id and no source po_ id cannot be placed: say so.
        foreach (var orphan in rows.Where(r => r.IsPayout && r.PayoutId is null))
        {
            problems.Add(ParseProblem.Warning(file, $"line {orphan.Line}", null,
                $"payout row {orphan.Item.Id} names no payout id (po_...); it is ignored"));
        }
        return batches;
    }

    private static PaymentBatch? Payout(string file, string payoutId, List<StripeRow> members, StripeRow? payoutRow, List<ParseProblem> problems)
    {
        var first = members.FirstOrDefault() ?? payoutRow!;
        var currency = first.Currency;
        foreach (var stranger in members.Where(m => m.Currency != currency))
        {
            problems.Add(ParseProblem.Error(file, $"line {stranger.Line}", "currency",
                $"payout {payoutId} is in {currency} but this row is in {stranger.Currency}; a payout has one currency"));
        }

        // With no rows of its own (a balance-change report lists the payout but not its link), the payout row's
        // amount is the batch amount, so the deposit can still be recognised as Stripe's.
        var amount = members.Count > 0 ? members.Sum(m => m.Item.Net) : -payoutRow!.Item.Net;
        if (payoutRow is not null && members.Count > 0 && -payoutRow.Item.Net != amount)
        {
            problems.Add(ParseProblem.Warning(file, $"line {payoutRow.Line}", "net",
                $"payout {payoutId} is {Money.Format(-payoutRow.Item.Net)} but its rows' net adds up to {Money.Format(amount)}"));
        }

        var date = members.Select(m => m.PayoutDate).FirstOrDefault(d => d is not null)
            ?? payoutRow?.PayoutDate ?? payoutRow?.AvailableOn ?? payoutRow?.Created
            ?? members.Select(m => m.AvailableOn).Max();
        return new PaymentBatch
        {
            Kind = PayoutKind,
            Id = payoutId,
            Date = date,
            Amount = amount,
            Currency = currency,
            Trace = payoutId,
            Payer = "Stripe",
            Items = members.Select(m => m.Item).ToList(),
            Location = $"{file}:{first.Line.ToString(CultureInfo.InvariantCulture)}",
        };
    }
}
