using Reconciler.Configuration;
using Reconciler.Reports.Aging;
using Reconciler.Reports.Deposits;
using Reconciler.Reports.Exceptions;
using Reconciler.Reports.Facts;
using Reconciler.Reports.Journal;
using Reconciler.Reports.Summary;
using Reconciler.Rules.Aging;
using Reconciler.Runs;

namespace Reconciler.Reports;

/// <summary>
/// The reports of a run. They are written into a staging folder beside the out folder first and published
/// (by renaming the folder) only after the run's results are committed, so a failed night never leaves
/// half-written reports.
/// </summary>
public sealed class ReportSet(
    AgingBuckets buckets, int maxXlsxRows = ReportSettings.DefaultMaxXlsxRows, Rules.Books.AccountChart? accounts = null,
    Denials.DenialsSettings? denials = null)
{
    /// <summary>The journal's account codes (config/accounts.json); the night's proofs name their accounts from it too.</summary>
    public Rules.Books.AccountChart Accounts { get; } = accounts ?? Rules.Books.AccountChart.ByRole;

    /// <summary>The aging buckets of aging.csv, whose totals the receivables proof closes against.</summary>
    public AgingBuckets Buckets { get; } = buckets;

    /// <summary>The writers, longest first (the journal's two files), so the two threads writing them finish close together.</summary>
    public IReadOnlyList<IReportWriter> Writers { get; } =
    [
        new JournalFiles(accounts ?? Rules.Books.AccountChart.ByRole, maxXlsxRows),
        new SummaryJson(),
        new ApplicationsCsv(),
        new SettlementsCsv(),
        new ExceptionsCsv(),
        new AgingCsv(buckets),
        new DepositsCsv(),
        new PostingsCsv(),
        new ExceptionsXlsx(maxXlsxRows),
        new AgingXlsx(buckets, maxXlsxRows),
        new DepositsXlsx(maxXlsxRows),
        new SummaryHtml(buckets),
        new Denials.DenialsCsv(denials), new Denials.DenialsXlsx(maxXlsxRows, denials),
    ];

    public const string StagingPrefix = ".staging-";
    private const string ReplacedPrefix = ".replaced-";

    /// <summary>Writes every report into a private staging folder beside the out folder (same file system, so publishing is a rename).</summary>
    public string WriteStaged(NightResult night, string outDir)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar))!;
        if (File.Exists(outDir)) throw new IOException($"the reports folder {Path.GetFullPath(outDir)} is a file, not a folder");
        PrivateFiles.CreateFolder(parent);
        var staging = Path.Combine(parent, StagingPrefix + night.RunId);
        PrivateFiles.CreateFolder(staging);
        // Two threads take the writers one at a time from the list (the machine's cores; each report is one file written in
        // order, so more would only contend). Writers only read the night and share nothing but the facts below, which are
        // built once on first use (thread-safe). Workbooks used to have a thread of their own, while every CSV waited on the
        // other: now whichever thread is free takes the next report.
        using var sharing = NightFacts.Share(night);
        var next = -1;
        Exception? failure = null;
        void Work()
        {
            for (int i; Volatile.Read(ref failure) is null && (i = Interlocked.Increment(ref next)) < Writers.Count;)
            {
                try { Write(Writers[i], night, staging); }
                catch (Exception e) { Interlocked.CompareExchange(ref failure, e, null); }
            }
        }
        var background = Task.Run(Work);
        Work();
        background.GetAwaiter().GetResult();
        if (failure is not null)
        {
            // Both threads have stopped writing: nothing half-written is left behind.
            Directory.Delete(staging, recursive: true);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        return staging;
    }

    private static void Write(IReportWriter writer, NightResult night, string staging)
    {
        writer.Write(night, Path.Combine(staging, writer.FileName));
        foreach (var file in writer.FileNames) PrivateFiles.Restrict(Path.Combine(staging, file));
    }

    /// <summary>
    /// Puts the staged reports in place. A missing out folder, or one holding only reports, is replaced by renames, so a
    /// reader (or a crash) sees the old set or the new one, never a mix. A folder holding other files too gets the reports
    /// moved in one by one, summary.json (removed first) last: an out folder without summary.json is not finished.
    /// </summary>
    public static void Publish(string staging, string outDir)
    {
        var target = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        var staged = Directory.GetFiles(staging).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        if (!Directory.Exists(target))
        {
            PrivateFiles.CreateFolder(Path.GetDirectoryName(target)!);
            Directory.Move(staging, target);
            return;
        }
        if (Directory.GetDirectories(target).Length == 0 && Directory.GetFiles(target).All(f => staged.Contains(Path.GetFileName(f))))
        {
            var replaced = Path.Combine(Path.GetDirectoryName(staging)!, ReplacedPrefix + Path.GetFileName(staging)[StagingPrefix.Length..]);
            Directory.Move(target, replaced);
            Directory.Move(staging, target);
            Directory.Delete(replaced, recursive: true);
            return;
        }
        var summary = Path.Combine(target, "summary.json");
        if (File.Exists(summary)) File.Delete(summary);
        foreach (var file in Directory.GetFiles(staging).OrderBy(f => Path.GetFileName(f) == "summary.json"))
            File.Move(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        Directory.Delete(staging, recursive: true);
    }

    /// <summary>
    /// Removes staging and replaced-report folders beside <paramref name="outDir"/> that runs which are not running any more
    /// left behind (a killed process). <paramref name="running"/> says whether a run id is still running.
    /// </summary>
    public static IReadOnlyList<string> RemoveLeftovers(string outDir, Func<string, bool> running)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar))!;
        if (!Directory.Exists(parent)) return [];
        var removed = new List<string>();
        foreach (var folder in Directory.GetDirectories(parent, ".*-R*"))
        {
            var name = Path.GetFileName(folder);
            var prefix = name.StartsWith(StagingPrefix, StringComparison.Ordinal) ? StagingPrefix : name.StartsWith(ReplacedPrefix, StringComparison.Ordinal) ? ReplacedPrefix : null;
            if (prefix is null || running(name[prefix.Length..])) continue;
            Directory.Delete(folder, recursive: true);
            removed.Add(folder);
        }
        return removed;
    }
}
