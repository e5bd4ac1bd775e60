using System.Globalization;
using System.Runtime.CompilerServices;
using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Bai2;

/// <summary>
/// Walks the BAI2 records: 01 file, 02 group, 03 account, 16 transaction, 49/98/99 trailers. Checks every
/// control total and record count; a mismatch is a warning at the trailer and the statements it covers do not
/// balance. Structural damage (a record outside its parent, an unreadable amount) is an error.
/// </summary>
internal sealed class Bai2Parser(string file, List<ParseProblem> problems)
{
    // Every transaction's location is "file:line N", written as one string with the prefix made once.
    private readonly LineLocation _location = new(file + ":line ");
    private readonly List<Bai2Group> _groups = [];
    // The open account's transactions, until it is sealed (see Bai2AccountBuilder).
    private readonly List<BankTransaction> _openTransactions = [];
    private Bai2Group? _group;
    private Bai2AccountBuilder? _account;
    private int _accounts;
    private int _groupHeaders;
    private bool _fileClosed;

    /// <summary>
    /// Reads the records as they are cut. The splitter's problems (about lines) are listed before the parser's
    /// (about records), as when the whole file was cut before it was parsed.
    /// </summary>
    public IReadOnlyList<BankStatement> Parse(RecordText text)
    {
        var lines = new List<ParseProblem>();
        var parsed = problems.Count;
        try
        {
            return Parse(new Bai2RecordSplitter(text, file, lines));
        }
        finally
        {
            problems.InsertRange(parsed, lines);
        }
    }

    // Compiled optimised at once, as the splitter's per-line methods (see Bai2RecordSplitter).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private IReadOnlyList<BankStatement> Parse(Bai2RecordSplitter records)
    {
        // The entries are reused as the text is read: only the last one's line is kept.
        var lastLine = 0;
        var fileRecords = 0;
        while (records.Next() is { } entry)
        {
            var isFirst = lastLine == 0;
            if (isFirst && entry.Code != "01")
                problems.Add(ParseProblem.Error(file, entry.Location, "record code", $"a BAI2 file starts with an 01 file header, not {entry.Code}"));
            lastLine = entry.Line;
            fileRecords += entry.RecordCount;
            if (_group is { Closed: false } && entry.Code is not ("01" or "02" or "99")) _group.Records += entry.RecordCount;
            if (_fileClosed)
            {
                problems.Add(ParseProblem.Warning(file, entry.Location, null, $"{entry.Code} record after the 99 file trailer; ignored"));
                continue;
            }
            switch (entry.Code)
            {
                case "01": if (!isFirst) problems.Add(ParseProblem.Error(file, entry.Location, null, "a second 01 file header")); break;
                case "02": OpenGroup(entry); break;
                case "03": OpenAccount(entry); break;
                case "16":
                    if (_account is { Closed: false }) _account.AddDetail(entry);
                    else problems.Add(ParseProblem.Error(file, entry.Location, null, "16 transaction outside an account (no open 03)"));
                    break;
                case "49": CloseAccount(entry); break;
                case "98": CloseGroup(entry); break;
                case "99": CloseFile(entry, fileRecords); break;
                default: problems.Add(ParseProblem.Error(file, entry.Location, null, "88 continuation with no record before it")); break;
            }
        }
        if (lastLine == 0)
        {
            problems.Add(ParseProblem.Error(file, "line 1", null, "no BAI2 records found"));
            return [];
        }
        if (_account is { Closed: false }) problems.Add(ParseProblem.Warning(file, $"line {_account.Line}", null, "account has no 49 account trailer"));
        _account?.Seal();
        if (_group is { Closed: false }) problems.Add(ParseProblem.Warning(file, $"line {_group.Line}", null, "group has no 98 group trailer"));
        if (!_fileClosed && _accounts == 0)
            problems.Add(ParseProblem.Error(file, $"line {lastLine}", null, "file has no 03 account and no 99 file trailer: it is truncated or not BAI2"));
        else if (!_fileClosed) problems.Add(ParseProblem.Warning(file, $"line {lastLine}", null, "file has no 99 file trailer; it may be truncated"));
        return _groups.SelectMany(g => g.Accounts).Select(a => a.Build()).ToList();
    }

    private void OpenGroup(Bai2Entry entry)
    {
        CloseOpenAccount();
        if (_group is { Closed: false }) problems.Add(ParseProblem.Warning(file, $"line {_group.Line}", null, "group has no 98 group trailer"));
        var fields = entry.Fields();
        var status = fields.ElementAtOrDefault(2)?.Trim() ?? "";
        var dateText = fields.ElementAtOrDefault(3) ?? "";
        if (!Bai2Date.TryParse(dateText, out var asOf))
            problems.Add(ParseProblem.Error(file, entry.Location, "as-of date", $"'{dateText.Trim()}' is not a YYMMDD date"));
        var currency = fields.ElementAtOrDefault(5)?.Trim().ToUpperInvariant() ?? "";
        if (currency.Length == 0) currency = "USD";
        else if (!CurrencyInfo.IsWellFormed(currency))
        {
            problems.Add(ParseProblem.Error(file, entry.Location, "currency code", $"'{currency}' is not an ISO 4217 currency code"));
            currency = "USD";
        }
        var message = status switch
        {
            "1" => null,
            "2" => "group status 2 (deletion): it deletes data sent earlier for these accounts and as-of date; its transactions are information only",
            "3" => "group status 3 (correction): it replaces data sent earlier for these accounts and as-of date; not a duplicate",
            "4" => "group status 4 (test only): its transactions are information only and must not be posted",
            _ => $"group status '{status}' is not 1 (update), 2 (deletion), 3 (correction) or 4 (test); read as an update",
        };
        if (message is not null) problems.Add(ParseProblem.Warning(file, entry.Location, "group status", message));
        _groupHeaders++;
        _group = new Bai2Group(entry.Line, status, asOf, currency) { Records = entry.RecordCount };
        _groups.Add(_group);
    }

    private void OpenAccount(Bai2Entry entry)
    {
        CloseOpenAccount();
        if (_group is not { Closed: false })
        {
            problems.Add(ParseProblem.Error(file, entry.Location, null, "03 account outside a group (no open 02)"));
            _group = new Bai2Group(entry.Line, "1", default, "USD") { Closed = true };
            _groups.Add(_group);
        }
        var summary = Bai2Summary.Read(entry, _group.Currency, file, problems);
        _account = new Bai2AccountBuilder(summary, _group, entry, ++_accounts, file, _location, _openTransactions, problems);
        _group.Accounts.Add(_account);
    }

    private void CloseOpenAccount()
    {
        if (_account is { Closed: false }) problems.Add(ParseProblem.Warning(file, $"line {_account.Line}", null, "account has no 49 account trailer"));
        _account?.Seal();
        _account = null;
    }

    private void CloseAccount(Bai2Entry entry)
    {
        if (_account is not { Closed: false }) { problems.Add(ParseProblem.Error(file, entry.Location, null, "49 account trailer with no open 03 account")); return; }
        _account.Close(entry);
    }

    private void CloseGroup(Bai2Entry entry)
    {
        CloseOpenAccount();
        if (_group is not { Closed: false }) { problems.Add(ParseProblem.Error(file, entry.Location, null, "98 group trailer with no open 02 group")); return; }
        var group = _group;
        group.Closed = true;
        var fields = entry.Fields();
        var notes = new List<string>();
        var computed = group.AccountTotals;
        if (Total(entry, fields, "group control total", out var total))
        {
            group.WrittenTotal = total;
            if (total != computed) notes.Add($"98 group control total {total} does not equal the sum of its account totals {computed} (raw units)");
        }
        Count(fields, 1, group.Accounts.Count, "98 number of accounts", notes);
        Count(fields, 2, group.Records, "98 number of records", notes);
        Report(entry, notes, group.Accounts);
    }

    private void CloseFile(Bai2Entry entry, int fileRecords)
    {
        CloseOpenAccount();
        if (_group is { Closed: false }) { problems.Add(ParseProblem.Warning(file, $"line {_group.Line}", null, "group has no 98 group trailer")); _group.Closed = true; }
        _fileClosed = true;
        var fields = entry.Fields();
        var notes = new List<string>();
        var computed = _groups.Sum(g => g.WrittenTotal ?? g.AccountTotals);
        if (Total(entry, fields, "file control total", out var total) && total != computed)
            notes.Add($"99 file control total {total} does not equal the sum of its group totals {computed} (raw units)");
        Count(fields, 1, _groupHeaders, "99 number of groups", notes);
        Count(fields, 2, fileRecords, "99 number of records", notes);
        Report(entry, notes, _groups.SelectMany(g => g.Accounts).ToList());
    }

    private bool Total(Bai2Entry entry, List<string> fields, string name, out decimal total)
    {
        total = 0m;
        if (Bai2Amount.TryParseRaw(fields.ElementAtOrDefault(0) ?? "", out var raw, out _) && raw is { } value) { total = value; return true; }
        problems.Add(ParseProblem.Error(file, entry.Location, name, $"'{fields.ElementAtOrDefault(0)}' is not a BAI2 amount"));
        return false;
    }

    private static void Count(List<string> fields, int index, int actual, string name, List<string> notes)
    {
        var written = fields.ElementAtOrDefault(index)?.Trim() ?? "";
        if (written.Length > 0 && written.TrimStart('0') != actual.ToString(CultureInfo.InvariantCulture).TrimStart('0'))
            notes.Add($"{name} is {written}; the file has {actual}");
    }

    private void Report(Bai2Entry trailer, List<string> notes, IReadOnlyList<Bai2AccountBuilder> covered)
    {
        foreach (var note in notes) problems.Add(ParseProblem.Warning(file, trailer.Location, null, note));
        var summary = notes.Count == 0 ? null : string.Join("; ", notes);
        foreach (var account in covered) account.Covered(summary);
    }
}
