using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Nacha;

/// <summary>
/// Walks the records 1 → (5 → (6 → 7*)* → 8)* → 9, builds one payment batch per 5 header and checks every
/// batch and file control. Records out of place, unknown record types and unreadable amounts are errors;
/// control mismatches and layout slips (trimmed padding, missing block filler) are warnings.
/// </summary>
internal sealed class NachaParser(string file, List<ParseProblem> problems)
{
    private readonly List<NachaBatch> _batches = [];
    private NachaBatch? _batch;
    private NachaKeptRecord? _fileControl;
    private ParseProblem? _notNacha;
    private string? _firstLocation;
    private int _lastNumber;
    private string _lastUnit = "line";
    private const int MaxUnknownReported = 10;
    private bool _sawHeader;
    private int _unknownTypes;

    public IReadOnlyList<PaymentBatch> Parse(RecordText text)
    {
        // The cutter's problems (about lines and layout) are listed before the parser's (about records), as when the
        // whole file was cut before it was read.
        var lines = new List<ParseProblem>();
        var parsed = problems.Count;
        NachaRecords cut;
        try
        {
            cut = NachaRecordCutter.Cut(text, file, lines, First);
        }
        finally
        {
            problems.InsertRange(parsed, lines);
        }
        if (cut.Records == 0)
        {
            problems.Add(ParseProblem.Error(file, "line 1", null, "no NACHA records found"));
            return [];
        }
        if (_notNacha is { } notNacha)
        {
            // Nothing else is reported about a file that is not NACHA: its warnings are dropped.
            problems.RemoveAll(p => p.Severity == ProblemSeverity.Warning);
            problems.Add(notNacha);
            return [];
        }
        if (_batch is { Closed: false })
            problems.Add(ParseProblem.Error(file, _batch.Header.Location, null, $"batch {_batch.BatchNumber} has no 8 batch control record; the file may be truncated"));
        if (!_sawHeader) problems.Add(ParseProblem.Error(file, _firstLocation!, null, 
            "the file header record (type 1) is missing; the file may have been cut from a larger one: ask the sender for the whole file"));
        if (_fileControl is null) problems.Add(ParseProblem.Error(file, $"{_lastUnit} {_lastNumber}", null, "the file has no 9 file control record; it may be truncated"));
        else CheckFile(_fileControl.View, cut);

        // Sized up front: growing a set of 300,000 ids re-allocates large arrays several times over.
        var ids = new HashSet<string>(_batches.Sum(b => b.Entries.Count), StringComparer.Ordinal);
        string IdFor(NachaEntry entry)
        {
            var id = entry.Trace.Length > 0 ? entry.Trace : $"line-{entry.Number}";
            if (ids.Add(id)) return id;
            problems.Add(ParseProblem.Warning(file, entry.Location, "trace number", $"trace number {id} is used by an earlier entry too; this one is read as {id}-{entry.Number}"));
            id = $"{id}-{entry.Number}";
            ids.Add(id);
            return id;
        }
        return _batches.Where(b => !b.IsAdvice).Select(b => b.Build(IdFor)).ToList();
    }

    /// <summary>
    /// The first record decides whether the file is NACHA at all: when it is not, the rest is not read (only that
    /// error is reported); otherwise every record is read as it is cut.
    /// </summary>
    private void First(NachaRecord record)
    {
        if (_notNacha is not null) return;
        if (_firstLocation is null)
        {
            _firstLocation = record.Location;
            if (record.Type is not ('1' or '5' or '6' or '7' or '8' or '9'))
            {
                var start = record.Text.TrimEnd();
                _notNacha = ParseProblem.Error(file, record.Location, "record type",
                    $"not a NACHA file: it starts with '{start[..Math.Min(20, start.Length)]}', not a 1 file header record");
                return;
            }
        }
        _lastNumber = record.Number;
        _lastUnit = record.Unit;
        Read(record);
    }

    private void Read(NachaRecord record)
    {
        if (_fileControl is not null)
        {
            problems.Add(ParseProblem.Warning(file, record.Location, "record type", $"record type {record.Type} after the 9 file control; ignored"));
            return;
        }
        switch (record.Type)
        {
            case '1':
                if (_sawHeader || _batches.Count > 0) problems.Add(ParseProblem.Error(file, record.Location, "record type", "a 1 file header after the start of the file"));
                else if (record.Field(35, 37) != "094")
                    problems.Add(ParseProblem.Warning(file, record.Location, "record size", $"file header says record size '{record.Field(35, 37)}', not 094"));
                _sawHeader = true;
                break;
            case '5':
                if (_batch is { Closed: false })
                    problems.Add(ParseProblem.Error(file, _batch.Header.Location, null, $"batch {_batch.BatchNumber} has no 8 batch control record before the next batch header at {record.Location}"));
                _batch = new NachaBatch(record.Keep(), file, problems);
                _batches.Add(_batch);
                if (_batch.IsAdvice)
                    problems.Add(ParseProblem.Warning(file, record.Location, "service class code",
                        "ADV batch (automated accounting advice from the ACH operator): not a payment; its entries are not read and its controls not checked"));
                break;
            case '6':
                if (_batch is { Closed: false }) _batch.AddEntry(record);
                else problems.Add(ParseProblem.Error(file, record.Location, "record type", "6 entry detail outside a batch (no open 5 batch header)"));
                break;
            case '7':
                if (_batch is { Closed: false, LastEntry: not null }) _batch.AddAddenda(record);
                else problems.Add(ParseProblem.Error(file, record.Location, "record type", "7 addenda with no entry detail before it"));
                break;
            case '8':
                if (_batch is { Closed: false }) _batch.Close(record);
                else problems.Add(ParseProblem.Error(file, record.Location, "record type", "8 batch control with no open batch"));
                break;
            case '9':
                _fileControl = record.Keep();
                break;
            default:
                if (++_unknownTypes <= MaxUnknownReported)
                    problems.Add(ParseProblem.Error(file, record.Location, "record type", $"'{record.Type}' is not a NACHA record type (1, 5, 6, 7, 8, 9)"
                        + (_unknownTypes == MaxUnknownReported ? "; further records of unknown type are not reported" : "")));
                break;
        }
    }

    private void CheckFile(NachaRecord control, NachaRecords cut)
    {
        var at = control.Location;
        if (!control.TryNumber(2, 7, out var batchCount) | !control.TryNumber(8, 13, out var blocks) | !control.TryNumber(14, 21, out var count)
            | !control.TryNumber(22, 31, out var hash) | !control.TryNumber(32, 43, out var debits) | !control.TryNumber(44, 55, out var credits))
        {
            problems.Add(ParseProblem.Error(file, at, null, "file control figures (positions 2-55) are not all numeric; the record may be truncated"));
            return;
        }
        Check(at, "batch count", batchCount, _batches.Count);
        var total = cut.Records + cut.FillerRecords;
        var blocksExpected = (total + 9) / 10;
        if (blocks != blocksExpected && blocks != (cut.Records + 9) / 10) Check(at, "block count", blocks, blocksExpected);
        if (total % 10 != 0)
            problems.Add(ParseProblem.Warning(file, at, null, $"the file has {total} records, not a multiple of 10: block filler (9999...) is missing or incomplete"));
        if (cut.FillerBeforeControl > 0)
            problems.Add(ParseProblem.Warning(file, at, null, $"{cut.FillerBeforeControl} block-filler record(s) before the file control; ignored"));
        if (_batches.Any(b => b.IsAdvice)) return;

        var sums = _batches.Select(b => b.Written ?? (b.EntryAddendaCount, b.Hash, b.DebitCents, b.CreditCents)).ToList();
        Check(at, "entry/addenda count", count, sums.Sum(s => s.Count));
        Check(at, "entry hash", hash, sums.Sum(s => s.Hash) % NachaBatch.HashModulus);
        Check(at, "total debit amount", debits, sums.Sum(s => s.Debits), cents: true);
        Check(at, "total credit amount", credits, sums.Sum(s => s.Credits), cents: true);
    }

    private void Check(string at, string field, decimal written, decimal actual, bool cents = false)
    {
        if (written == actual) return;
        string Show(decimal v) => cents ? Money.Format(v / 100m) : v.ToString(CultureInfo.InvariantCulture);
        problems.Add(ParseProblem.Warning(file, at, field, $"file control says {field} {Show(written)}; the file holds {Show(actual)}"));
    }
}
