namespace Reconciler.Tools.Generate;

/// <summary>
/// A bank's CSV download (FORMATS.md §9): <c>Account,Date,Description,Amount,Balance</c>, ISO dates, one signed
/// amount, oldest first with a running balance that holds on every row. The truth key is the file line number.
/// </summary>
internal sealed class BankCsvWriter : IBankWriter
{
    private readonly StreamWriter _writer;
    private readonly string _account;
    private decimal _balance;
    private int _line = 1;

    public BankCsvWriter(string folder, string fileName, string account, decimal opening)
    {
        FileName = fileName;
        _account = account;
        _balance = opening;
        _writer = Files.Create(Path.Combine(folder, fileName));
        _writer.Write("Account,Date,Description,Amount,Balance\n");
    }

    public string FileName { get; }

    /// <summary>The balance after the last row (the next night's statement opens with it).</summary>
    public decimal Closing => _balance;

    public string Write(BankEntry entry)
    {
        _balance += entry.Amount;
        _line++;
        _writer.Write(_account);
        _writer.Write(',');
        _writer.Write(Text.Iso(entry.Date));
        _writer.Write(',');
        _writer.Write(Text.Csv(entry.Text));
        _writer.Write(',');
        _writer.Write(Text.Money(entry.Amount));
        _writer.Write(',');
        _writer.Write(Text.Money(_balance));
        _writer.Write('\n');
        return Text.Int(_line);
    }

    public void Finish() => _writer.Flush();

    public void Dispose() => _writer.Dispose();
}
