using System.Security.Cryptography;
using Reconciler.Ingest;
using Reconciler.Storage;
using Serilog;

namespace Reconciler.Runs;

/// <summary>
/// Reads each claimed inbox file once: a file whose content was ingested before (even under another name)
/// adds nothing; a file with errors is recorded as quarantined with its located problems; the rest go into
/// the store in one transaction each. Where the files go afterwards is <see cref="InboxFiles"/>' business.
/// </summary>
public sealed class InboxIngest(IReconciliationStore store, FormatRegistry formats, ILogger log, IRunProgress? progress = null)
{
    private readonly IRunProgress _progress = progress ?? NoRunProgress.Instance;

    /// <summary>What became of one file.</summary>
    public sealed record FileOutcome(string Path, string ContentHash, InputReport Report);

    /// <param name="recovered">
    /// Files taken back from processing/. One an interrupted run of the same night ingested is this night's input as if that
    /// run had never started ("ingested"), so the finished night reports what an uninterrupted one would.
    /// </param>
    public IReadOnlyList<FileOutcome> Ingest(IReadOnlyList<string> paths, RunOptions options, string runId, DateTimeOffset at,
        IReadOnlySet<string>? recovered = null)
    {
        var outcomes = new List<FileOutcome>();
        var hashes = paths.Select(Hash).ToList();
        var reads = new ReadAhead(this, paths.Where((path, i) => IsNew(hashes, i)).ToList());
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            var name = Path.GetFileName(path);
            var hash = hashes[i];
            var known = store.FindIngested(hash);
            if (known is not null)
            {
                if (recovered?.Contains(path) == true && known.AsOf == options.AsOf && known.FileName == name)
                {
                    store.LinkImport(runId, known.ImportId, ImportStatus.Ingested);
                    outcomes.Add(new FileOutcome(path, hash, new InputReport(name, known.Format, known.Records, "ingested", [])));
                    log.Information("Took {File} as ingested by an interrupted run of this night: {Records} record(s), not read again", name, known.Records);
                    continue;
                }
                store.LinkImport(runId, known.ImportId, ImportStatus.AlreadyIngested);
                outcomes.Add(new FileOutcome(path, hash, new InputReport(name, known.Format, known.Records, "already_ingested", [])));
                log.Information("Skipped {File}: same content as {KnownFile}, ingested for {AsOf}", name, known.FileName,
                    known.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            _progress.StageStarted("parse");
            var (parsed, parseTime) = reads.Take(path);
            _progress.StageFinished("parse", parseTime, parsed.RecordCount);
            _progress.FileRead(name, parsed.Format, parsed.RecordCount);
            ImportRecord import;
            using (var stage = _progress.Stage("store"))
            {
                import = store.SaveImport(new NewImport(hash, name, parsed.Format, runId, options.AsOf, at), parsed);
                stage.Rows = parsed.RecordCount;
            }
            var problems = parsed.Problems.Select(p => $"{p.Severity.ToString().ToLowerInvariant()}: {p}").ToList();
            outcomes.Add(new FileOutcome(path, hash, new InputReport(name, parsed.Format, parsed.RecordCount, import.Status.Text(), problems)));
            if (import.Status == ImportStatus.Quarantined)
            {
                log.Warning("Quarantined {File} ({Format}): {ProblemCount} problem(s), first: {FirstProblem}",
                    name, parsed.Format, parsed.Problems.Count, parsed.Problems.First(p => p.Severity == ProblemSeverity.Error).ToString());
                continue;
            }

            log.Information("Ingested {File} as {Format}: {Records} record(s), {Warnings} warning(s)",
                name, parsed.Format, parsed.RecordCount, parsed.Problems.Count);
        }
        return outcomes;
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Whether file <paramref name="index"/> will be read: the store does not have its content, and no earlier file tonight has it.</summary>
    private bool IsNew(List<string> hashes, int index) => hashes.IndexOf(hashes[index]) == index && store.FindIngested(hashes[index]) is null;

    /// <summary>
    /// Reads the files to be ingested one ahead on a second thread: while one file is stored (the store takes one at a time,
    /// in name order), the next is parsed. At most two parsed files are held at once. A file not foreseen is read here.
    /// </summary>
    private sealed class ReadAhead(InboxIngest ingest, List<string> toRead)
    {
        private readonly Dictionary<string, Task<(ParsedFile, TimeSpan)>> _reads = new(StringComparer.Ordinal);
        private int _started;

        public (ParsedFile Parsed, TimeSpan Elapsed) Take(string path)
        {
            var index = toRead.IndexOf(path);
            while (_started < toRead.Count && _started <= index + 1)
            {
                var next = toRead[_started++];
                _reads[next] = Task.Run(() => ingest.ReadOne(next));
            }
            if (!_reads.Remove(path, out var read)) return ingest.ReadOne(path);
            return read.GetAwaiter().GetResult();
        }
    }

    private (ParsedFile, TimeSpan) ReadOne(string path)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var parsed = Validate(formats.Read(path));
        return (parsed, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Checks every reader's output for what the store cannot hold exactly (more than 4 decimals, absurd size) and for impossible booking years.</summary>
    private static ParsedFile Validate(ParsedFile parsed)
    {
        var extra = new List<ParseProblem>();
        foreach (var t in parsed.Statements.SelectMany(s => s.Transactions).Where(t => !Fixed4.Fits(t.Amount)))
            extra.Add(ParseProblem.Error(parsed.File, t.Location ?? "file", "amount", $"{t.Amount} has more precision or size than money can have"));
        foreach (var t in parsed.Statements.SelectMany(s => s.Transactions).Where(t => t.BookingDate.Year is < 1900 or > 2199))
            extra.Add(ParseProblem.Error(parsed.File, t.Location ?? "file", "date", $"{t.BookingDate:yyyy-MM-dd} is outside the years 1900 to 2199 that a bank or payment file can carry"));
        foreach (var b in parsed.Batches.Where(b => !Fixed4.Fits(b.Amount) || b.Items.Any(i => !Fixed4.Fits(i.Gross) || !Fixed4.Fits(i.Fee))))
            extra.Add(ParseProblem.Error(parsed.File, b.Location ?? "file", "amount", $"batch {b.Id} has an amount with more precision or size than money can have"));
        return extra.Count == 0 ? parsed : parsed with { Problems = [.. parsed.Problems, .. extra] };
    }
}
