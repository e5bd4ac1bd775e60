namespace Reconciler.Ingest.Stripe;

/// <summary>
/// Which column holds what in a Stripe CSV, found by header name: the Reporting API's itemized reports
/// (balance_transaction_id, automatic_payout_id, reporting_category, gross, fee, net ...) and the Dashboard's
/// "all transactions" export (id, Type, Source, Amount, Fee, Net, Currency, Created (UTC), Available On (UTC),
/// Transfer ...). Column sets vary with the columns chosen at download time, so nothing is positional.
/// </summary>
internal sealed class StripeColumns
{
    /// <summary>
    /// Metadata keys that carry the merchant's invoice number, in preference order. For each key the
    /// report's <c>payment_metadata[key]</c> is tried first, then the Dashboard's <c>key (metadata)</c>, then
    /// <c>refund_metadata[key]</c>. Stripe's own <c>invoice_number</c> column comes before all of them.
    /// </summary>
    public static readonly IReadOnlyList<string> InvoiceMetadataKeys =
        ["invoice_number", "invoice_no", "invoice", "invoice_id", "order_id", "order_number", "order", "reference"];

    private static readonly string[] CustomerNames =
        ["customer_name", "customer name", "customer_email", "customer email", "customer_description", "customer description", "customer_id", "customer id"];

    private readonly string[] _names;

    private StripeColumns(IReadOnlyList<string> header)
    {
        Header = header;
        _names = header.Select(Clean).ToArray();
        Id = Pick("balance_transaction_id", "id");
        Payout = Pick("automatic_payout_id", "payout_id", "transfer");
        PayoutDate = Pick("automatic_payout_effective_at", "automatic_payout_effective_at_utc", "effective_at", "effective_at_utc",
            "transfer date (utc)", "transfer date", "payout_expected_arrival_date");
        Created = Pick("created_utc", "created", "created (utc)", "created date (utc)");
        AvailableOn = Pick("available_on_utc", "available_on", "available on (utc)", "available on");
        Currency = Pick("currency");
        Gross = Pick("gross", "amount");
        Fee = Pick("fee");
        Net = Pick("net");
        Category = Pick("reporting_category", "type");
        Source = Pick("source_id", "source");
        Charge = Pick("charge_id", "charge id", "charge");
        Description = Pick("description");
        var invoice = new List<int> { Pick("invoice_number") };
        foreach (var key in InvoiceMetadataKeys)
            invoice.AddRange([Pick($"payment_metadata[{key}]"), Pick($"{key} (metadata)"), Pick($"refund_metadata[{key}]")]);
        Invoice = invoice.Where(i => i >= 0).Distinct().ToArray();
        Customer = CustomerNames.Select(n => Pick(n)).Where(i => i >= 0).ToArray();
    }

    public IReadOnlyList<string> Header { get; }
    public int Id { get; }
    public int Payout { get; }
    public int PayoutDate { get; }
    public int Created { get; }
    public int AvailableOn { get; }
    public int Currency { get; }
    public int Gross { get; }
    public int Fee { get; }
    public int Net { get; }
    public int Category { get; }
    public int Source { get; }

    /// <summary>The charge a refund or dispute row belongs to (itemized reports' charge_id).</summary>
    public int Charge { get; }
    public int Description { get; }

    /// <summary>Invoice-number columns, best first.</summary>
    public IReadOnlyList<int> Invoice { get; }

    /// <summary>Customer columns, best first: name, email, description, id.</summary>
    public IReadOnlyList<int> Customer { get; }

    /// <summary>The date columns whose values decide the file's date format.</summary>
    public IEnumerable<int> DateColumns => new[] { PayoutDate, Created, AvailableOn }.Where(i => i >= 0);

    public static StripeColumns Find(IReadOnlyList<string> header) => new(header);

    /// <summary>
    /// Whether the header has the columns only a Stripe export has: the reports' balance_transaction_id,
    /// or automatic_payout_id / reporting_category beside gross or net; or the Dashboard's
    /// id + Type + Source + Amount + Fee + Net + Available On.
    /// </summary>
    public static bool IsStripeHeader(IReadOnlyList<string> header)
    {
        var cells = header.Select(Clean).ToHashSet(StringComparer.Ordinal);
        if (cells.Contains("balance_transaction_id")) return true;
        if ((cells.Contains("automatic_payout_id") || cells.Contains("reporting_category")) && (cells.Contains("gross") || cells.Contains("net")))
            return true;
        return new[] { "id", "type", "source", "amount", "fee", "net" }.All(cells.Contains)
            && (cells.Contains("available on (utc)") || cells.Contains("available on"));
    }

    /// <summary>The header cell's own spelling, for problems.</summary>
    public string? Name(int index) => index >= 0 && index < Header.Count ? Header[index].Trim() : null;

    private int Pick(params string[] synonyms)
    {
        foreach (var synonym in synonyms)
        {
            var index = Array.IndexOf(_names, synonym);
            if (index >= 0) return index;
        }
        return -1;
    }

    internal static string Clean(string name) => name.Trim().Trim('"', '\uFEFF').Trim().ToLowerInvariant();
}
