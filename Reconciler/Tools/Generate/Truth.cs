namespace Reconciler.Tools.Generate;

/// <summary>What an ideal engine does with one planted payment.</summary>
/// <param name="Invoices">The open items it should be applied to (empty: not applied).</param>
/// <param name="Category">The exception category expected for it (empty: none).</param>
/// <param name="Scenario">The planted scenario's name.</param>
internal sealed record Expected(IReadOnlyList<string> Invoices, string Category, string Scenario)
{
    public static Expected Apply(string scenario, params string[] invoices) => new(invoices, "", scenario);

    public static Expected Flag(string scenario, string category, params string[] invoices) => new(invoices, category, scenario);
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
/// invoice would be a mistake.
/// </summary>
internal sealed class TruthWriter : IDisposable
{
    public const string Header = "source_file,source_ref,amount,currency,expected_invoices,expected_category,scenario";

    private readonly StreamWriter _writer;

    public TruthWriter(string path)
    {
        _writer = Files.Create(path);
        _writer.Write(Header + "\n");
    }

    public int Rows { get; private set; }

    public void Write(string sourceFile, string sourceRef, decimal amount, string currency, Expected expected)
    {
        _writer.Write(string.Join(',', Text.Csv(sourceFile), Text.Csv(sourceRef), Text.Money(amount), currency,
            Text.Csv(string.Join(' ', expected.Invoices)), expected.Category, expected.Scenario));
        _writer.Write('\n');
        Rows++;
    }

    public void Dispose() => _writer.Dispose();
}

internal static class Files
{
    public static StreamWriter Create(string path, bool bom = false) =>
        new(path, false, new System.Text.UTF8Encoding(bom), 1 << 16) { NewLine = "\n" };
}
