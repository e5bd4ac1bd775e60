namespace Reconciler.Tools.Generate;

/// <summary>
/// A BAI2 previous-day file (FORMATS.md §1): one group per as-of day, each with one account (03 with opening
/// and closing ledger, total credits and total debits), its 16 detail records (funds type 0, text continued in
/// 88 records when long) and the 49/98/99 trailers. Control totals are the sum of every amount field, credits
/// and debits both positive, status amounts with their sign; record counts as the spec counts them. A day's
/// details go to a scratch file first because the 03 summary that precedes them needs their totals.
/// The truth key is the 16 record's customer reference.
/// </summary>
internal sealed class Bai2Writer : IBankWriter
{
    private const int TextWidth = 60;

    private readonly StreamWriter _file;
    private readonly string _scratchPath;
    private StreamWriter _scratch;
    private readonly string _account;
    private readonly string _sender;
    private readonly string _receiver;
    private decimal _balance;
    private DateOnly? _day;
    private long _credits, _debits, _creditCount, _debitCount, _detailRecords;
    private long _fileTotal, _fileRecords, _groups;
    private int _sequence;

    public Bai2Writer(string folder, string fileName, string account, decimal opening, DateOnly created)
    {
        FileName = fileName;
        _account = account;
        _balance = opening;
        _sender = "FIRSTUSBANK";
        _receiver = "NORTHCLINIC";
        _file = Files.Create(Path.Combine(folder, fileName));
        _scratchPath = Path.Combine(folder, "." + fileName + ".part");
        _scratch = Files.Create(_scratchPath);
        _file.Write($"01,{_sender},{_receiver},{created:yyMMdd},0600,{created:MMdd}A,,,2/\n");
        _fileRecords = 1;
    }

    public string FileName { get; }

    /// <summary>The closing ledger balance once <see cref="Finish"/> has run (the next night's file opens with it).</summary>
    public decimal Closing => _balance;

    public string Write(BankEntry entry)
    {
        if (_day != entry.Date)
        {
            FlushGroup();
            _day = entry.Date;
        }
        _sequence++;
        var customerRef = $"CR{_sequence:D8}";
        var bankRef = $"{entry.Date:yyMMdd}{_sequence:D7}";
        var cents = Text.Cents(entry.Amount);
        var code = TypeCode(entry);
        var text = entry.Text.TrimStart('/');
        var first = text.Length <= TextWidth ? text : text[..Split(text)];
        _scratch.Write($"16,{code},{cents},0,{bankRef},{customerRef},{first}\n");
        _detailRecords++;
        var rest = text[first.Length..].TrimStart();
        while (rest.Length > 0)
        {
            var part = rest.Length <= TextWidth ? rest : rest[..Split(rest)];
            _scratch.Write($"88,{part}\n");
            _detailRecords++;
            rest = rest[part.Length..].TrimStart();
        }
        var amount = (long)Math.Round(Math.Abs(entry.Amount) * 100m);
        if (entry.IsCredit) { _credits += amount; _creditCount++; }
        else { _debits += amount; _debitCount++; }
        return customerRef;
    }

    private static int Split(string text)
    {
        var at = text.LastIndexOf(' ', TextWidth);
        return at > 10 ? at : TextWidth;
    }

    private static string TypeCode(BankEntry entry) => entry.Kind switch
    {
        EntryKind.AchCredit => "142",
        EntryKind.Wire => "195",
        EntryKind.Check => "301",
        EntryKind.Lockbox => "115",
        EntryKind.ProcessorDeposit => "165",
        EntryKind.Return => "555",
        EntryKind.AchDebit => "451",
        EntryKind.CheckPaid => "475",
        EntryKind.Fee => "698",
        EntryKind.WireOut => "495",
        _ => entry.IsCredit ? "399" : "699",
    };

    private void FlushGroup()
    {
        if (_day is not { } day) return;
        _scratch.Dispose();
        var opening = (long)Math.Round(_balance * 100m);
        var closing = opening + _credits - _debits;
        _balance = closing / 100m;
        var summary = $"03,{_account},USD,010,{Signed(opening)},,,015,{Signed(closing)},,,100,{_credits},{_creditCount},,400,{_debits},{_debitCount},/";
        var accountTotal = opening + closing + _credits + _debits + _credits + _debits;
        var accountRecords = 1 + _detailRecords + 1;
        _file.Write($"02,{_receiver},{_sender},1,{day:yyMMdd},2400,USD,2/\n");
        _file.Write(summary + "\n");
        _file.Flush();
        using (var body = File.OpenRead(_scratchPath)) body.CopyTo(_file.BaseStream);
        _file.Write($"49,{accountTotal},{accountRecords}/\n");
        _file.Write($"98,{accountTotal},1,{accountRecords + 2}/\n");
        _fileTotal += accountTotal;
        _fileRecords += accountRecords + 2;
        _groups++;
        _credits = _debits = _creditCount = _debitCount = _detailRecords = 0;
        _scratch = Files.Create(_scratchPath);
    }

    private static string Signed(long cents) => cents < 0 ? "-" + (-cents) : "+" + cents;

    public void Finish()
    {
        FlushGroup();
        _day = null;
        _file.Write($"99,{_fileTotal},{_groups},{_fileRecords + 1}/\n");
        _file.Flush();
    }

    public void Dispose()
    {
        _scratch.Dispose();
        _file.Dispose();
        if (File.Exists(_scratchPath)) File.Delete(_scratchPath);
    }
}
