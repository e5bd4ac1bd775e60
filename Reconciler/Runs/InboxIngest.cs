using System.Security.Cryptography;
using Reconciler.Ingest;
using Reconciler.Storage;
using Serilog;

namespace Reconciler.Runs;

/// <summary>
/// Reads every inbox file once: a file whose content was ingested before (even under another name) adds
/// nothing; a file with errors is quarantined (copied with a .problems.txt) and reported; the rest go into
/// the store in one transaction each.
/// </summary>
public sealed class InboxIngest(IReconciliationStore store, FormatRegistry formats, ILogger log)
{
    public sealed record Result(IReadOnlyList<InputReport> Inputs);

    public Result Ingest(RunOptions options, string runId, DateTimeOffset at)
    {
        var inputs = new List<InputReport>();
        if (options.Inbox is null || !Directory.Exists(options.Inbox)) return new Result(inputs);

        foreach (var path in Directory.EnumerateFiles(options.Inbox).Where(IsInput).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            var known = store.FindIngested(hash);
            if (known is not null)
            {
                store.LinkImport(runId, known.ImportId, "already_ingested");
                inputs.Add(new InputReport(name, known.Format, known.Records, "already_ingested", []));
                log.Information("Skipped {File}: same content as {KnownFile}, ingested for {AsOf}", name, known.FileName, known.AsOf);
                continue;
            }

            var parsed = Validate(formats.Read(path));
            var import = store.SaveImport(new NewImport(hash, name, parsed.Format, runId, options.AsOf, at), parsed);
            var problems = parsed.Problems.Select(p => $"{p.Severity.ToString().ToLowerInvariant()}: {p}").ToList();
            inputs.Add(new InputReport(name, parsed.Format, parsed.RecordCount, import.Status, problems));
            if (import.Status == "quarantined")
            {
                Quarantine(path, parsed, options);
                log.Warning("Quarantined {File} ({Format}): {ProblemCount} problem(s), first: {FirstProblem}",
                    name, parsed.Format, parsed.Problems.Count, parsed.Problems.First(p => p.Severity == ProblemSeverity.Error).ToString());
                continue;
            }

            log.Information("Ingested {File} as {Format}: {Records} record(s), {Warnings} warning(s)",
                name, parsed.Format, parsed.RecordCount, parsed.Problems.Count);
        }
        return new Result(inputs);
    }

    /// <summary>Marker and problem files that live beside inputs are not inputs.</summary>
    private static bool IsInput(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !name.EndsWith(".problems.txt", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith(".done", StringComparison.OrdinalIgnoreCase) && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase);
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

    private static void Quarantine(string path, ParsedFile parsed, RunOptions options)
    {
        if (options.DryRun) return;
        var folder = Path.Combine(options.QuarantineRoot, options.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(path));
        File.Copy(path, target, overwrite: true);
        File.WriteAllLines(target + ".problems.txt", parsed.Problems.Select(p => $"{p.Severity.ToString().ToLowerInvariant()}: {p}"));
    }
}
