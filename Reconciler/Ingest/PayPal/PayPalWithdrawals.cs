using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.PayPal;

/// <summary>
/// Turns PayPal rows into what meets the bank. Rule: rows are taken in time order; each bank withdrawal
/// (General Withdrawal and its translations) closes a <c>paypal_withdrawal</c> batch whose items are every
/// money-moving row of the same currency since the previous withdrawal in that currency (payments, refunds,
/// fees, conversion legs ...), dated on the withdrawal's date, for the withdrawn amount as positive money in at
/// the bank. Rows after the last withdrawal of their currency form a <c>pending</c> batch for that currency.
/// A refund, chargeback or conversion leg without its own invoice number or customer name takes them from the
/// row its Reference Txn ID names (a conversion leg's email is the merchant's own, so the parent's name wins).
/// </summary>
internal static class PayPalWithdrawals
{
    public const string WithdrawalKind = "paypal_withdrawal";
    public const string PendingKind = "pending";

    public static List<PaymentBatch> Group(string file, IReadOnlyList<PayPalRow> rows)
    {
        var byId = new Dictionary<string, PayPalRow>(StringComparer.Ordinal);
        foreach (var row in rows) byId.TryAdd(row.TransactionId, row);

        var batches = new List<PaymentBatch>();
        var open = new Dictionary<string, List<PaymentItem>>(StringComparer.Ordinal);
        var currencies = new List<string>();
        foreach (var row in InTimeOrder(rows))
        {
            if (!open.TryGetValue(row.Currency, out var items))
            {
                open[row.Currency] = items = [];
                currencies.Add(row.Currency);
            }
            if (!row.IsWithdrawal)
            {
                items.Add(Item(file, row, byId));
                continue;
            }
            batches.Add(new PaymentBatch
            {
                Kind = WithdrawalKind,
                Id = row.TransactionId,
                Date = row.Date,
                Amount = -row.Gross,
                Currency = row.Currency,
                Trace = row.TransactionId,
                Payer = "PayPal",
                Items = items.ToList(),
                Location = Location(file, row),
            });
            items.Clear();
        }

        foreach (var currency in currencies.Where(c => open[c].Count > 0))
        {
            batches.Add(new PaymentBatch
            {
                Kind = PendingKind,
                Id = "pending",
                Date = null,
                Amount = open[currency].Sum(i => i.Net),
                Currency = currency,
                Payer = "PayPal",
                Items = open[currency],
                Location = open[currency][0].Location,
            });
        }
        return batches;
    }

    /// <summary>Oldest first: a newest-first download is turned round, then rows are ordered by date and time (stable).</summary>
    private static IEnumerable<PayPalRow> InTimeOrder(IReadOnlyList<PayPalRow> rows)
    {
        var list = rows.Count > 1 && rows[0].Date > rows[^1].Date ? rows.Reverse().ToList() : rows.ToList();
        return list.OrderBy(r => r.Date).ThenBy(r => TimeKey(r.Time));
    }

    private static TimeOnly TimeKey(string time) =>
        TimeOnly.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : TimeOnly.MinValue;

    private static PaymentItem Item(string file, PayPalRow row, Dictionary<string, PayPalRow> byId)
    {
        var parent = row.ReferenceId is { } reference && byId.TryGetValue(reference, out var p) ? p : null;
        var text = row.ReferenceId is null ? row.Text : $"{row.Text}; ref {row.ReferenceId}";
        return new PaymentItem
        {
            Id = row.TransactionId,
            Kind = row.Kind,
            Gross = row.Gross,
            Fee = row.Fee,
            InvoiceReference = row.Invoice ?? parent?.Invoice,
            Customer = row.Name ?? parent?.Name ?? row.Email ?? parent?.Email,
            Text = text,
            Location = Location(file, row),
        };
    }

    private static string Location(string file, PayPalRow row) => $"{file}:{row.Line.ToString(CultureInfo.InvariantCulture)}";
}
