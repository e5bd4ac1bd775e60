using System.Globalization;
using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;
using System.Runtime.CompilerServices;

namespace Reconciler.Ingest.Bai2;

/// <summary>One 03 account: its figures, its 16 transactions, its control figures and the checks run on it.</summary>
/// <param name="open">
/// The list the open account's transactions go to, shared by the parser's accounts (one is open at a time) and
/// emptied by <see cref="Seal"/>; a list per account grew by doubling, copying and leaving spare room each time.
/// </param>
internal sealed class Bai2AccountBuilder(
    Bai2Summary summary, Bai2Group group, Bai2Entry head, int ordinal, string file, LineLocation location, List<BankTransaction> open,
    List<ParseProblem> problems)
{
    // Transaction ids are "s{ordinal}-t{n}": the account's part is made once.
    private readonly string _idPrefix = string.Create(CultureInfo.InvariantCulture, $"s{ordinal}-t");

    private List<BankTransaction>? _open = open;
    private BankTransaction[] _transactions = [];
    private readonly List<string> _failures = [];
    private int _checks;
    private int _details;
    private decimal _detailCredits;
    private decimal _detailDebits;

    public Bai2Group Group => group;

    // The head entry is read here only: the splitter reuses it once the next record is read.
    public int Line { get; } = head.Line;

    /// <summary>The algebraic sum of every amount field of the 03 (and its 88s) and its 16s, in raw units.</summary>
    public decimal RawSum { get; private set; } = summary.Figures.Sum(f => f.Raw);

    /// <summary>The 03, 16 and 88 records read so far (the 49 is added when read).</summary>
    public int Records { get; private set; } = head.RecordCount;

    public decimal? WrittenTotal { get; private set; }

    public bool Closed { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddDetail(Bai2Entry entry)
    {
        Records += entry.RecordCount;
        _details++;
        var id = TransactionId(_idPrefix, _open!.Count + 1);
        if (Bai2TransactionReader.Read(entry, summary, group, id, file, location, problems) is not { } tx) return;
        RawSum += tx.Raw;
        if (tx.Transaction is not { } transaction) return;
        _open.Add(transaction);
        if (tx.Kind == Bai2CodeKind.Credit) _detailCredits += tx.Raw;
        if (tx.Kind == Bai2CodeKind.Debit) _detailDebits += tx.Raw;
    }

    /// <summary>
    /// The account takes no more transactions (its 49 was read, or another record ended it): they are moved from the
    /// shared list into an array of exactly their number, and the list emptied for the next account. Idempotent.
    /// </summary>
    public void Seal()
    {
        if (_open is null) return;
        _transactions = _open.ToArray();
        _open.Clear();
        _open = null;
    }

    /// <summary>The prefix and the number written straight into the id's string, with no formatting buffer in between.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string TransactionId(string prefix, int number)
    {
        var digits = 1;
        for (var rest = number / 10; rest > 0; rest /= 10) digits++;
        return string.Create(prefix.Length + digits, (prefix, number), [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (span, id) =>
        {
            id.prefix.CopyTo(span);
            id.number.TryFormat(span[id.prefix.Length..], out _, default, CultureInfo.InvariantCulture);
        });
    }

    /// <summary>Reads the 49 trailer and checks the account's control total and record count.</summary>
    public void Close(Bai2Entry trailer)
    {
        Closed = true;
        Seal();
        Records += trailer.RecordCount;
        var fields = trailer.Fields();
        _checks++;
        if (Bai2Amount.TryParseRaw(fields.ElementAtOrDefault(0) ?? "", out var blank, out _) && blank is null)
        {
            // "49,,2/" on an account with no 16: nothing to check the total against but the 03's figures, which the group
            // total (98) still covers. With transactions, a blank total would let a lost or changed 16 pass unseen.
            if (_details > 0)
            {
                problems.Add(ParseProblem.Error(file, trailer.Location, "account control total",
                    $"the account control total is blank, but the account has {_details} transaction record(s) (16) for it to check"));
                return;
            }
            problems.Add(ParseProblem.Warning(file, trailer.Location, "account control total",
                "account control total is blank on an account with no transactions: read as not given; the group total still covers the account"));
            CheckCount(trailer, fields);
            return;
        }
        if (!Bai2Amount.TryParseRaw(fields.ElementAtOrDefault(0) ?? "", out var total, out _) || total is null)
        {
            problems.Add(ParseProblem.Error(file, trailer.Location, "account control total", $"'{fields.ElementAtOrDefault(0)}' is not a BAI2 amount"));
            return;
        }
        WrittenTotal = total;
        if (total != RawSum)
            Fail(trailer.Location, "account control total", $"49 account control total {total} does not equal the sum of the account's amounts {RawSum} (raw units)");
        CheckCount(trailer, fields);
    }

    private void CheckCount(Bai2Entry trailer, List<string> fields)
    {
        var count = fields.ElementAtOrDefault(1)?.Trim() ?? "";
        if (count.Length > 0 && count != Records.ToString(CultureInfo.InvariantCulture))
            Fail(trailer.Location, "number of records", $"49 says {count} records; the account has {Records} (03, 16, 88 and 49)");
    }

    /// <summary>A failed control check: a warning located at the trailer, and the statement no longer balances.</summary>
    public void Fail(string location, string field, string message)
    {
        _failures.Add(message);
        problems.Add(ParseProblem.Warning(file, location, field, message));
    }

    /// <summary>A group or file check that covered this account and passed (<paramref name="note"/> null) or failed.</summary>
    public void Covered(string? note)
    {
        _checks++;
        if (note is not null) _failures.Add(note);
    }

    /// <summary>The statement, once the account is sealed (the parser seals every account before it builds them).</summary>
    public BankStatement Build()
    {
        var opening = Figure("010");
        var closing = Figure("015");
        LedgerCheck(opening, closing);
        return new BankStatement
        {
            Account = summary.Account,
            Currency = summary.Currency,
            OpeningBalance = opening is { } o ? Bai2Amount.Scale(o, summary.Currency) : null,
            ClosingBalance = closing is { } c ? Bai2Amount.Scale(c, summary.Currency) : null,
            Balanced = _checks == 0 ? null : _failures.Count == 0,
            BalanceNote = _failures.Count == 0 ? null : string.Join("; ", _failures),
            Transactions = _transactions,
        };
    }

    private decimal? Figure(string code) => summary.Figures.FirstOrDefault(f => f.TypeCode == code)?.Raw;

    /// <summary>Opening ledger (010) + total credits (100) - total debits (400) = closing ledger (015).</summary>
    private void LedgerCheck(decimal? opening, decimal? closing)
    {
        if (opening is not { } o || closing is not { } c) return;
        var credits = Figure("100") ?? _detailCredits;
        var debits = Figure("400") ?? _detailDebits;
        _checks++;
        var expected = o + credits - debits;
        if (expected == c) return;
        var cur = summary.Currency;
        var message = $"opening ledger {Money.Format(Bai2Amount.Scale(o, cur))} + credits {Money.Format(Bai2Amount.Scale(credits, cur))} - debits "
            + $"{Money.Format(Bai2Amount.Scale(debits, cur))} = {Money.Format(Bai2Amount.Scale(expected, cur))}, but the closing ledger is {Money.Format(Bai2Amount.Scale(c, cur))}";
        Fail($"line {Line}", "015", message);
    }
}
