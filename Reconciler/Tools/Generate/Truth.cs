namespace Reconciler.Tools.Generate;

/// <summary>What an ideal engine does with one planted payment.</summary>
/// <param name="Invoices">The open items it should be applied to (empty: not applied).</param>
/// <param name="Category">The exception category expected for it (empty: none).</param>
/// <param name="Scenario">The planted scenario's name.</param>
internal sealed record Expected(IReadOnlyList<string> Invoices, string Category, string Scenario)
{
    /// <summary>The rule of the applications expected from the row when it is not an ordinary cash application: <c>reversal</c> or <c>dispute_reversal</c>.</summary>
    public string Rule { get; init; } = "";

    /// <summary>For a reversal or a won dispute: the signed amount it should apply to <see cref="Invoices"/> in all (negative reopens).</summary>
    public decimal? Applied { get; init; }

    public static Expected Apply(string scenario, params string[] invoices) => new(invoices, "", scenario);

    public static Expected Flag(string scenario, string category, params string[] invoices) => new(invoices, category, scenario);

    /// <summary>Money going back that should reopen <paramref name="invoice"/> by <paramref name="reopened"/> (and be reported as a returned payment).</summary>
    public static Expected Reverse(string scenario, string invoice, decimal reopened) =>
        new([invoice], "returned_payment", scenario) { Rule = "reversal", Applied = -reopened };

    /// <summary>A won dispute that should apply <paramref name="amount"/> to <paramref name="invoice"/> again.</summary>
    public static Expected ApplyAgain(string scenario, string invoice, decimal amount) =>
        new([invoice], "", scenario) { Rule = "dispute_reversal", Applied = amount };
}

/// <summary>
/// truth.csv: one row per planted payment, written as the night is generated.
/// <c>source_ref</c> is the key the payment has in its own file, so a test can find it again:
/// <list type="bullet">
/// <item>bank CSV: the file line number of the row (the header is line 1), which is the reader's transaction id;</item>
/// <item>BAI2: the 16 record's customer reference (unique, <c>CR…</c>);</item>
/// <item>camt.053: the entry's <c>AcctSvcrRef</c> (unique);</item>
/// <item>Stripe: the <c>balance_transaction_id</c> (<c>txn_…</c>);</item>
/// <item>X12 835: <c>CLP01#n</c> (n counts that claim number in the file: a reversal is #1, its correction #2) or
/// <c>PLB#n</c> (every PLB adjustment in the file, in order), as the 835 reader names items;</item>
/// <item>PayPal: the <c>Transaction ID</c>.</item>
/// </list>
/// Bank deposits that settle a payout or remittance are rows too, with nothing expected: applying them to an
/// invoice would be a mistake. A series of nights (<c>generate --nights</c>) adds two columns, <c>expected_rule</c>
/// (<c>reversal</c> for money going back that should reopen what it paid, <c>dispute_reversal</c> for a won dispute)
/// and <c>expected_amount</c> (what such a row should apply in all, negative when it reopens; a secondary payer's claim
/// reversal has no rule and the amount it takes back from the <c>-SEC</c> item).
/// </summary>
internal sealed class TruthWriter : IDisposable
{
    public const string Header = "source_file,source_ref,amount,currency,expected_invoices,expected_category,scenario";
    public const string SeriesHeader = Header + ",expected_rule,expected_amount";

    private readonly StreamWriter _writer;
    private readonly bool _series;

    public TruthWriter(string path, bool series = false)
    {
        _series = series;
        _writer = Files.Create(path);
        _writer.Write((series ? SeriesHeader : Header) + "\n");
    }

    public int Rows { get; private set; }

    /// <summary>Told of every row written (a series keeps its book by what each row should do).</summary>
    public Action<Expected, decimal>? Observer { get; init; }

    public void Write(string sourceFile, string sourceRef, decimal amount, string currency, Expected expected)
    {
        _writer.Write(string.Join(',', Text.Csv(sourceFile), Text.Csv(sourceRef), Text.Money(amount), currency,
            Text.Csv(string.Join(' ', expected.Invoices)), expected.Category, expected.Scenario));
        if (_series) _writer.Write($",{expected.Rule},{(expected.Applied is { } applied ? Text.Money(applied) : "")}");
        _writer.Write('\n');
        Rows++;
        Observer?.Invoke(expected, amount);
    }

    public void Dispose() => _writer.Dispose();
}

internal static class Files
{
    public static StreamWriter Create(string path, bool bom = false) =>
        new(path, false, new System.Text.UTF8Encoding(bom), 1 << 16) { NewLine = "\n" };
}
