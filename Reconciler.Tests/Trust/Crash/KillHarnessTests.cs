using System.Diagnostics;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Trust.Crash;

/// <summary>
/// The kill harness: `reconciler run` as a real process on a generated night, killed (SIGKILL) at points spread over
/// an uninterrupted run's duration and at points found by polling the database and folders for stage evidence; then
/// run again to completion. Every time nothing may be lost, nothing counted twice, and the reports must equal the
/// uninterrupted run's.
/// </summary>
[NonParallelizable]
public sealed class KillHarnessTests
{
    private static readonly double[] Fractions = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95];

    /// <summary>Stage evidence: the run is killed as soon as the condition holds.</summary>
    private static readonly (string Stage, Func<CrashNight, bool> Seen)[] Stages =
    [
        ("run row written", n => n.DatabaseShows("SELECT COUNT(*) FROM runs WHERE status = 'running'")),
        ("files claimed into processing/", n => Directory.Exists(n.Processing) && Directory.GetFiles(n.Processing).Length > 0),
        ("first file ingested", n => n.DatabaseShows("SELECT COUNT(*) FROM imports")),
        ("half the files ingested", n => n.DatabaseShows("SELECT COUNT(*) >= 3 FROM imports")),
        ("all files ingested", n => n.DatabaseShows("SELECT COUNT(*) >= 6 FROM imports")),
        ("reports being staged", n => Directory.GetDirectories(n.Root, ".staging-*").Length > 0),
        ("reports staged, results committed", n => n.DatabaseShows("SELECT COUNT(*) FROM runs WHERE status = 'completed'")),
        ("reports published", n => Directory.Exists(n.Out)),
        ("inbox settling", n => Directory.Exists(n.Archive)),
    ];

    private TempFolder _generated = null!;
    private string _inbox = null!;
    private string _invoices = null!;
    private TimeSpan _uninterrupted;
    private int _referenceExit;
    private SortedDictionary<string, string> _reference = null!;
    private IReadOnlyList<string> _inputs = null!;
    private (long Lines, long Items, long Imports) _referenceCounts;

    [OneTimeSetUp]
    public void GenerateANightAndRunItUninterrupted()
    {
        _generated = new TempFolder();
        var generated = ConsoleProcess.Run(_generated.Path, "generate", "--out", _generated.File("night"), "--invoices", "500", "--bank-lines", "1000", "--seed", "20251121");
        Assert.That(generated.ExitCode, Is.Zero, generated.Error);
        _inbox = _generated.File(Path.Combine("night", "inbox"));
        _invoices = _generated.File(Path.Combine("night", "invoices.csv"));
        _inputs = Directory.GetFiles(_inbox).Select(CrashNight.Hash).Order(StringComparer.Ordinal).ToList();

        using var night = new CrashNight(_inbox, _invoices);
        var clock = Stopwatch.StartNew();
        var result = night.Run();
        _uninterrupted = clock.Elapsed;
        Assert.That(result.ExitCode, Is.AnyOf(0, 1), result.Error);
        _referenceExit = result.ExitCode;
        _reference = night.ComparableReports();
        _referenceCounts = Counts(night);
    }

    [OneTimeTearDown]
    public void RemoveTheNight() => _generated.Dispose();

    [Test]
    public void RunKilledAtAnyPoint_LeavesNothingLost_AndTheNextRunFinishesTheNightAsIfUninterrupted()
    {
        var points = Fractions.Select(f => ($"{f:P0} of {_uninterrupted.TotalSeconds:0.0}s", (Func<CrashNight, Process, bool>)((_, p) => !p.WaitForExit(_uninterrupted * f))))
            .Concat(Stages.Select(s => ($"at '{s.Stage}'", (Func<CrashNight, Process, bool>)((n, p) => PollUntil(p, () => s.Seen(n))))))
            .ToList();
        var killed = 0;
        var finishedFirst = new List<string>();
        var failures = new List<string>();
        foreach (var (name, killWhen) in points)
        {
            using var night = new CrashNight(_inbox, _invoices);
            using (var running = night.Start())
            {
                if (killWhen(night, running.Process) && !running.Process.HasExited) { CrashNight.Kill(running.Process); killed++; }
                else { running.Finish(); finishedFirst.Add(name); }
            }
            failures.AddRange(AfterCrash(night).Select(f => $"{name}, after the kill: {f}"));
            var again = night.Run();
            if (again.ExitCode != _referenceExit) failures.Add($"{name}: the next run exited {again.ExitCode}: {again.Error}");
            failures.AddRange(AfterRecovery(night).Select(f => $"{name}, after the next run: {f}"));
        }

        TestContext.Out.WriteLine($"Kill harness: {points.Count} kill points ({Fractions.Length} timed over an uninterrupted {_uninterrupted.TotalSeconds:0.00}s run, "
            + $"{Stages.Length} at stage evidence); {killed} killed the process, {finishedFirst.Count} came after it finished ({string.Join("; ", finishedFirst)}).");
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
        Assert.That(killed, Is.GreaterThanOrEqualTo(points.Count * 2 / 3), "most kill points must land inside the run");
    }

    /// <summary>What a crash may leave: every input still somewhere in the lifecycle's folders, and no half report folder.</summary>
    private IEnumerable<string> AfterCrash(CrashNight night)
    {
        if (!night.PlacedInputs().SequenceEqual(_inputs)) yield return "an input file is missing from inbox, processing/, archive and quarantine";
        if (Directory.Exists(night.Out) && Directory.GetFileSystemEntries(night.Out).Length != _reference["files"].Split(',').Length)
            yield return $"the out folder is half-written: {string.Join(", ", Directory.GetFileSystemEntries(night.Out).Select(Path.GetFileName))}";
    }

    private IEnumerable<string> AfterRecovery(CrashNight night)
    {
        if (!night.PlacedInputs().SequenceEqual(_inputs)) yield return "an input file was lost";
        if (Directory.Exists(night.Processing) && Directory.GetFiles(night.Processing).Length > 0) yield return "files are still in processing/";
        if (night.Scalar("SELECT COUNT(*) FROM runs WHERE status = 'running'") > 0) yield return "a run is still marked running";
        if (night.Scalar("SELECT COUNT(*) FROM runs WHERE status = 'completed' AND as_of = $asOf", ("$asOf", CrashNight.AsOf)) != 1) yield return "not exactly one completed run for the night";
        if (night.Scalar("SELECT COUNT(*) FROM (SELECT 1 FROM bank_transactions GROUP BY import_id, ordinal HAVING COUNT(*) > 1)") > 0) yield return "a bank line is stored twice";
        if (night.Scalar("SELECT COUNT(*) FROM (SELECT 1 FROM imports WHERE status = 'ingested' GROUP BY content_hash HAVING COUNT(*) > 1)") > 0) yield return "a file is ingested twice";
        if (Counts(night) != _referenceCounts) yield return $"counts (lines, items, imports) {Counts(night)} differ from the uninterrupted {_referenceCounts}";
        if (Directory.GetDirectories(night.Root, ".staging-*").Length > 0) yield return "a staging folder was left behind";
        if (!Directory.Exists(night.Out)) { yield return "no reports"; yield break; }
        var reports = night.ComparableReports();
        foreach (var (file, content) in _reference)
            if (!reports.TryGetValue(file, out var actual) || actual != content) yield return $"{file} differs from the uninterrupted run's";
    }

    private static (long Lines, long Items, long Imports) Counts(CrashNight night) => (
        night.Scalar("SELECT COUNT(*) FROM bank_transactions"),
        night.Scalar("SELECT COUNT(*) FROM payment_items"),
        night.Scalar("SELECT COUNT(*) FROM imports WHERE status = 'ingested'"));

    /// <summary>Polls the condition until it holds (true) or the process ends (false); bounded by two minutes.</summary>
    private static bool PollUntil(Process process, Func<bool> condition)
    {
        var limit = Stopwatch.StartNew();
        while (limit.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (condition()) return true;
            if (process.WaitForExit(TimeSpan.FromMilliseconds(2))) return condition();
        }
        return false;
    }
}
