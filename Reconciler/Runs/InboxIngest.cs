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
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            string hash;
            using (var stream = File.OpenRead(path)) hash = Convert.ToHexStringLower(SHA256.HashData(stream));
            var known = store.FindIngested(hash);
            if (known is not null)
            {
                if (recovered?.Contains(path) == true && known.AsOf == options.AsOf && known.FileName == name)
                {
                    store.LinkImport(runId, known.ImportId, "ingested");
                    outcomes.Add(new FileOutcome(path, hash, new InputReport(name, known.Format, known.Records, "ingested", [])));
                    log.Information("Took {File} as ingested by an interrupted run of this night: {Records} record(s), not read again", name, known.Records);
                    continue;
                }
                store.LinkImport(runId, known.ImportId, "already_ingested");
                outcomes.Add(new FileOutcome(path, hash, new InputReport(name, known.Format, known.Records, "already_ingested", [])));
                log.Information("Skipped {File}: same content as {KnownFile}, ingested for {AsOf}", name, known.FileName, known.AsOf);
                continue;
            }

            ParsedFile parsed;
            using (var stage = _progress.Stage("parse"))
            {
                parsed = Validate(formats.Read(path));
                stage.Rows = parsed.RecordCount;
            }
            _progress.FileRead(name, parsed.Format, parsed.RecordCount);
            ImportRecord import;
            using (var stage = _progress.Stage("store"))
            {
                import = store.SaveImport(new NewImport(hash, name, parsed.Format, runId, options.AsOf, at), parsed);
                stage.Rows = parsed.RecordCount;
            }
            var problems = parsed.Problems.Select(p => $"{p.Severity.ToString().ToLowerInvariant()}: {p}").ToList();
            outcomes.Add(new FileOutcome(path, hash, new InputReport(name, parsed.Format, parsed.RecordCount, import.Status, problems)));
            if (import.Status == "quarantined")
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
