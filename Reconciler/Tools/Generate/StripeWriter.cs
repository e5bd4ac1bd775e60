namespace Reconciler.Tools.Generate;

/// <summary>One row of a Stripe payout: a charge (gross, fee), a refund or a dispute.</summary>
internal sealed record StripeItem(string Category, decimal Gross, decimal Fee, string? Invoice, string Customer, Expected Expected)
{
    public decimal Net => Gross - Fee;

    /// <summary>For a refund or dispute of a known charge: that charge's id (the <c>charge_id</c> column).</summary>
    public string? ChargeId { get; init; }
}

/// <summary>
/// Stripe's itemized payout reconciliation report (<c>payout_reconciliation.itemized.5</c>, FORMATS.md §7) with
/// the columns requested explicitly: every row names its automatic payout, and a payout's rows' net adds up to
/// the payout that reaches the bank. The truth key is the balance transaction id. A series of nights adds the
/// <c>charge_id</c> column (a charge's own id, or the charge a refund or dispute belongs to), as the sample's file has it.
/// </summary>
internal sealed class StripeWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Random _random;
    private readonly bool _chargeIds;

    public StripeWriter(string folder, string fileName, Random random, bool chargeIds = false)
    {
        FileName = fileName;
        _random = random;
        _chargeIds = chargeIds;
        _writer = Files.Create(Path.Combine(folder, fileName));
        _writer.Write("automatic_payout_id,automatic_payout_effective_at,balance_transaction_id,created_utc,available_on_utc,currency,gross,fee,net,"
            + "reporting_category,source_id,description,customer_name,customer_email,invoice_number" + (chargeIds ? ",charge_id\n" : "\n"));
    }

    /// <summary>Each row's source_id of the last payout written (a charge's is its <c>ch_</c> id).</summary>
    public IReadOnlyList<string> LastSources => _sources;

    private readonly List<string> _sources = [];

    public string FileName { get; }

    /// <summary>Writes one payout's rows; returns the payout id, its amount and each row's balance transaction id.</summary>
    public (string PayoutId, decimal Amount, IReadOnlyList<string> Ids) WritePayout(DateOnly effective, IReadOnlyList<StripeItem> items)
    {
        var payoutId = "po_1" + Text.Token(_random, 23, mixedCase: true);
        var ids = new List<string>(items.Count);
        _sources.Clear();
        foreach (var item in items)
        {
            var id = "txn_3" + Text.Token(_random, 23, mixedCase: true);
            ids.Add(id);
            var created = effective.AddDays(-2 - _random.Next(3));
            var time = $"{_random.Next(24):D2}:{_random.Next(60):D2}:{_random.Next(60):D2}";
            var source = item.Category switch { "refund" => "re_3", "dispute" or "dispute_reversal" => "dp_1", _ => "ch_3" } + Text.Token(_random, 23, mixedCase: true);
            _sources.Add(source);
            var description = item.Category switch
            {
                "refund" => "REFUND FOR CHARGE",
                "dispute" => "Chargeback withdrawal for " + source,
                "dispute_reversal" => "Chargeback won for " + source,
                _ => item.Invoice is null ? "Card payment" : "Payment for Invoice " + item.Invoice,
            };
            var email = new string(item.Customer.Where(char.IsLetter).Take(12).ToArray()).ToLowerInvariant() + "@example.com";
            _writer.Write(string.Join(',', payoutId, $"{Text.Iso(effective)} 00:00:00", id, $"{Text.Iso(created)} {time}", $"{Text.Iso(effective)} 00:00:00",
                "usd", Text.Money(item.Gross), Text.Money(item.Fee), Text.Money(item.Net), item.Category, source, Text.Csv(description),
                Text.Csv(item.Customer), email, item.Invoice ?? ""));
            if (_chargeIds) _writer.Write("," + (item.ChargeId ?? (item.Category == "charge" ? source : "")));
            _writer.Write('\n');
        }
        return (payoutId, items.Sum(i => i.Net), ids);
    }

    public void Dispose() => _writer.Dispose();
}
