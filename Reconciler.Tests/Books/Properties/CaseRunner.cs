using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Reconciler.Reports;
using Reconciler.Rules.Aging;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books.Properties;

/// <summary>
/// Runs a case night after night through the real run (in process, a real SQLite file, real files in the inbox) and
/// checks the books after each night with <see cref="BooksChecks"/>. Returns the first failure, or null.
/// </summary>
public static class CaseRunner
{
    /// <summary>
    /// The reports the checks read. The run is asked for no reports (its workbooks and HTML are most of a small night's
    /// time); these are then written by the run's own report writers from the night the run returned.
    /// </summary>
    private static readonly HashSet<string> Read = ["summary.json", "journal.csv", "aging.csv", "applications.csv", "exceptions.csv", "settlements.csv"];

    /// <summary>RECONCILER_BOOKS_FULL_REPORTS=1: the run writes every report itself, as a night in production does (slower: workbooks and HTML).</summary>
    public static bool FullReports { get; } = Environment.GetEnvironmentVariable("RECONCILER_BOOKS_FULL_REPORTS") == "1";

    /// <summary>A folder to keep each night's inbox and reports in (RECONCILER_BOOKS_KEEP), for looking at a replayed case.</summary>
    public static string? KeepIn { get; } = Environment.GetEnvironmentVariable("RECONCILER_BOOKS_KEEP");

    /// <summary>Where the nights' time went (wall clock), for the test's output.</summary>
    public static RunTimes Time { get; } = new();

    /// <summary>A night run: its reports folder, the rows written (with the ids reports know them by), and files not read whole.</summary>
    public sealed record NightRun(string Reports, IReadOnlyList<(NightEvent Event, string Id)> Written, Failure? Unread);

    public static Failure? Run(BooksCase c)
    {
        using var night = new Night();
        Dictionary<string, decimal>? previous = null;
        for (var n = 0; n < c.Nights; n++)
        {
            var ran = RunNight(night, c, n);
            var started = Stopwatch.GetTimestamp();
            var failure = ran.Unread ?? BooksChecks.Night(ran.Reports, previous, ran.Written, c.Items.Where(i => i.FirstNight <= n).Select(i => i.Currency).Distinct());
            Time.AddChecks(Stopwatch.GetElapsedTime(started));
            if (failure is not null) return failure with { Text = $"night {n} ({c.AsOf(n):yyyy-MM-dd}): {failure.Text}" };
            previous = BooksChecks.ArClosings(ran.Reports);
        }
        return null;
    }

    /// <summary>Night <paramref name="n"/> of the case: its export and files in the inbox (the last night's taken out), then the run.</summary>
    public static NightRun RunNight(Night night, BooksCase c, int n)
    {
        foreach (var old in Directory.GetFiles(night.Inbox)) File.Delete(old);
        night.OpenItems(c.Items.Where(i => i.FirstNight <= n).Select(i => i.CsvRow()).ToArray());
        var files = new[] { BankCsvFile.Write(c, n), StripeCsvFile.Write(c, n), Era835File.Write(c, n) }.OfType<WrittenFile>().ToList();
        foreach (var file in files) night.Drop(file.Name, file.Content);

        var asOf = c.AsOf(n);
        var started = Stopwatch.GetTimestamp();
        var outcome = night.Run(asOf, writeReports: FullReports);
        var ran = Stopwatch.GetTimestamp();
        var reports = night.Out(asOf);
        if (!FullReports) WriteReports(outcome.Night, reports);
        Time.AddRun(Stopwatch.GetElapsedTime(started, ran), Stopwatch.GetElapsedTime(ran));

        if (KeepIn is not null) Keep(c, n, night.Inbox, reports);
        var written = files.SelectMany(f => f.Rows.Select(r => (r.Event, Id: IdPrefix(f.Content) + "-" + r.Key))).ToList();
        var unread = outcome.Night.Inputs.Where(i => files.Any(f => f.Name == i.File) && i.Status != "ingested").Select(i => $"{i.File} {i.Status}").ToList();
        return new NightRun(reports, written, unread.Count > 0 ? new Failure("unread", "[unread] files not read whole: " + string.Join(", ", unread)) : null);
    }

    private static void Keep(BooksCase c, int n, string inbox, string reports)
    {
        var folder = Path.Combine(KeepIn!, c.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), $"night-{n}");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(inbox).Concat(Directory.GetFiles(reports)))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
    }

    private static void WriteReports(Reconciler.Runs.NightResult result, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var writer in new ReportSet(AgingBuckets.Default).Writers.Where(w => Read.Contains(w.FileName)))
            writer.Write(result, Path.Combine(folder, writer.FileName));
    }

    /// <summary>Reports name a line or item by its file's SHA-256 (first 10 hex digits) and its place in the file.</summary>
    private static string IdPrefix(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..10];
}
