using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Nacha;

/// <summary>
/// One batch: its 5 header, entries with addenda, and its 8 control, checked against what the entries add up to
/// (entry/addenda count, entry hash, total debits and credits in cents). Mismatches are located warnings.
/// </summary>
internal sealed class NachaBatch(NachaKeptRecord header, string file, List<ParseProblem> problems)
{
    public const decimal HashModulus = 10_000_000_000m;

    private readonly List<NachaEntry> _entries = [];

    public NachaKeptRecord Header => header;

    public string ServiceClass { get; } = header.View.Field(2, 4);

    public string SecCode { get; } = header.View.Field(51, 53);

    public string CompanyId => header.View.Field(41, 50);

    public string BatchNumber { get; } = header.View.Field(88, 94);

    /// <summary>ADV batches are the ACH operator's accounting advices, with their own layouts: not payments.</summary>
    public bool IsAdvice => ServiceClass == "280" || SecCode == "ADV";

    public bool Closed { get; private set; }

    public int EntryAddendaCount { get; private set; }

    public decimal Hash { get; private set; }

    public decimal DebitCents { get; private set; }

    public decimal CreditCents { get; private set; }

    /// <summary>The control's figures as written (count, hash, debits, credits), or null when unreadable or absent.</summary>
    public (decimal Count, decimal Hash, decimal Debits, decimal Credits)? Written { get; private set; }

    public NachaEntry? LastEntry => _entries.Count > 0 ? _entries[^1] : null;

    public IReadOnlyList<NachaEntry> Entries => _entries;

    public void AddEntry(NachaRecord record)
    {
        EntryAddendaCount++;
        var entry = new NachaEntry(record, SecCode);
        _entries.Add(entry);
        if (IsAdvice) return;
        if (!NachaTransactionCode.IsKnown(entry.TransactionCode))
            problems.Add(ParseProblem.Warning(file, record.Location, "transaction code", $"'{entry.TransactionCode}' is not an ACH transaction code"));
        if (record.TryNumber(4, 11, out var rdfi)) Hash = (Hash + rdfi) % HashModulus;
        else problems.Add(ParseProblem.Error(file, record.Location, "RDFI routing number", $"'{record.Raw(4, 11)}' (positions 4-11) is not 8 digits"));
        if (record.TryNumber(4, 12, out _) && !NachaCheckDigit.IsValid(record.Text.Slice(3, 9)))
            problems.Add(ParseProblem.Warning(file, record.Location, "check digit", $"routing number {record.Raw(4, 12)} fails the ABA check digit"));
        if (entry.Cents is not { } cents)
        {
            problems.Add(ParseProblem.Error(file, record.Location, "amount", $"'{record.Raw(30, 39)}' (positions 30-39) is not an amount in cents"));
            return;
        }
        if (entry.IsDebit) DebitCents += cents;
        else CreditCents += cents;
    }

    public void AddAddenda(NachaRecord record)
    {
        EntryAddendaCount++;
        LastEntry!.Add(record);
    }

    public void Close(NachaRecord control)
    {
        Closed = true;
        if (IsAdvice) return;
        var at = control.Location;
        if (control.Field(2, 4) != ServiceClass)
            problems.Add(ParseProblem.Warning(file, at, "service class code", $"batch control says service class {control.Field(2, 4)}; the header says {ServiceClass}"));
        if (control.Field(88, 94) != BatchNumber)
            problems.Add(ParseProblem.Warning(file, at, "batch number", $"batch control says batch {control.Field(88, 94)}; the header says {BatchNumber}"));
        if (!control.TryNumber(5, 10, out var count) | !control.TryNumber(11, 20, out var hash)
            | !control.TryNumber(21, 32, out var debits) | !control.TryNumber(33, 44, out var credits))
        {
            problems.Add(ParseProblem.Error(file, at, null, "batch control totals (positions 5-44) are not all numeric"));
            return;
        }
        Written = (count, hash, debits, credits);
        Check(at, "entry/addenda count", count, EntryAddendaCount);
        Check(at, "entry hash", hash, Hash);
        Check(at, "total debit amount", debits, DebitCents, cents: true);
        Check(at, "total credit amount", credits, CreditCents, cents: true);
    }

    private void Check(string at, string field, decimal written, decimal actual, bool cents = false)
    {
        if (written == actual) return;
        string Show(decimal v) => cents ? Money.Format(v / 100m) : v.ToString(CultureInfo.InvariantCulture);
        problems.Add(ParseProblem.Warning(file, at, field, $"batch {BatchNumber} control says {field} {Show(written)}; the entries add up to {Show(actual)}"));
    }

    public PaymentBatch Build(Func<NachaEntry, string> idFor)
    {
        var description = header.View.Field(54, 63);
        var items = _entries.Select(e => e.ToItem(idFor(e), description, file)).ToList();

        DateOnly? date = header.View.TryDate(70, 75, out var effective) ? effective : null;
        if (date is null)
            problems.Add(ParseProblem.Warning(file, header.Location, "effective entry date", $"'{header.View.Field(70, 75)}' (positions 70-75) is not a YYMMDD date"));
        return new PaymentBatch
        {
            Kind = "ach_batch",
            Id = $"{CompanyId}-{BatchNumber}",
            Date = date,
            Amount = items.Sum(i => i.Gross),
            Currency = "USD",
            Trace = SingleTrace(),
            Payer = SecCode == "IAT" ? IatOriginator() : NullIfEmpty(header.View.Field(5, 20)),
            Items = items,
            Location = $"{file}:{header.Location}",
        };
    }

    /// <summary>The TRN trace when the batch's entries name exactly one (however often), else null.</summary>
    private string? SingleTrace()
    {
        string? single = null;
        foreach (var entry in _entries)
        {
            if (!entry.SameTrace(ref single)) return null;
        }
        return single;
    }

    /// <summary>The originator of the first entry with an IAT 11 addenda.</summary>
    private string? IatOriginator() =>
        NullIfEmpty(_entries.Select(e => e.IatOriginator).FirstOrDefault(o => o is not null) ?? "");

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
