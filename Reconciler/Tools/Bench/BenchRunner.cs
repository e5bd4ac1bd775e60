using System.Diagnostics;
using Reconciler.Tools.Generate;
using Reconciler.Ingest;
using Reconciler.Ingest.OpenItems;
using Reconciler.Reports;
using Reconciler.Rules.Matching;
using Reconciler.Runs;
using Reconciler.Storage.Sqlite;
using Serilog;

namespace Reconciler.Tools.Bench;

/// <summary>What <c>reconciler bench</c> was asked for.</summary>
/// <param name="Work">Folder for the night (unless given), the fresh database and the reports.</param>
/// <param name="Night">A generated night to take instead of generating one (its inbox/ and invoices.csv, truth.csv if any).</param>
/// <param name="Plain">Generate issue 20's plain night (<see cref="PlainNightGenerator"/>) instead of the mixed one.</param>
/// <param name="Peer">A peer script to run right after the night on the plain night's two files (<see cref="PeerRunner"/>).</param>
/// <param name="Nights">Generate a series of this many nights (<see cref="NightSeriesGenerator"/>), run them in order on the one database
/// and measure and score the last (the earlier ones give it what it reverses).</param>
public sealed record BenchOptions(string Work, int Invoices = 10_000, int BankLines = 10_000, int Seed = 1, string? Night = null, DateOnly? AsOf = null,
    bool Plain = false, string? Peer = null, int Nights = 1);

/// <summary>
/// Runs one night in-process on a fresh SQLite database and measures it: stage times through
/// <see cref="IRunProgress"/>, the process's peak working set when the night ends, then a bare parse of the same
/// files (the floor: the readers alone) and the accuracy against the planted truth. The bare parse and the
/// scoring come after the night so they neither warm it up nor count in its peak memory.
/// </summary>
public static class BenchRunner
{
    public static BenchResult Run(BenchOptions options, FormatRegistry formats, MatchingEngine engine, ReportSet reports, ILogger? log = null)
    {
        var process = Stopwatch.StartNew();
        Directory.CreateDirectory(options.Work);
        var asOf = options.AsOf ?? GenerateOptions.DefaultAsOf;
        var nightFolder = options.Night ?? Path.Combine(options.Work, "night");
        var generate = TimeSpan.Zero;
        if (options.Night is null)
        {
            if (Directory.Exists(nightFolder)) Directory.Delete(nightFolder, recursive: true);
            var generateOptions = new GenerateOptions(nightFolder, options.Invoices, options.BankLines, options.Seed, asOf);
            generate = options.Nights > 1 ? NightSeriesGenerator.Generate(generateOptions, options.Nights).Elapsed
                : (options.Plain ? PlainNightGenerator.Generate(generateOptions) : NightGenerator.Generate(generateOptions)).Elapsed;
        }
        // A series' folder holds one folder per night (yyyy-MM-dd): the earlier ones run first, unmeasured.
        var earlier = new List<(DateOnly AsOf, string Folder)>();
        if (!Directory.Exists(Path.Combine(nightFolder, "inbox")) && SeriesNights(nightFolder) is { Count: > 0 } series)
        {
            earlier.AddRange(series.SkipLast(1));
            (asOf, nightFolder) = series[^1];
        }
        var inbox = Path.Combine(nightFolder, "inbox");
        var invoices = Path.Combine(nightFolder, "invoices.csv");
        if (!Directory.Exists(inbox) || !File.Exists(invoices))
            throw new Configuration.ConfigurationError($"--night: {nightFolder} has no inbox/ folder and invoices.csv (write one with 'reconciler generate')");

        var database = Path.Combine(options.Work, "bench.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
        var outDir = Path.Combine(options.Work, "reports");
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        foreach (var (day, folder) in earlier)
        {
            using var store = new SqliteStore(database);
            store.Migrate();
            new ReconciliationRun(store, formats, engine, reports, TimeProvider.System, log ?? new LoggerConfiguration().CreateLogger())
                .Execute(Options(day, folder, Path.Combine(options.Work, "reports-" + NightSeriesGenerator.NightFolder(day)), options.Work));
        }

        // Collections before the night are the generator's; count only the night's own.
        var collections = Enumerable.Range(0, GC.MaxGeneration + 1).Select(GC.CollectionCount).ToArray();
        var recorder = new BenchRecorder();
        var cpu = BenchRecorder.ProcessorSeconds();
        var wall = Stopwatch.StartNew();
        ReconciliationRun.Outcome outcome;
        using (var store = new SqliteStore(database))
        {
            store.Migrate();
            var run = new ReconciliationRun(store, formats, engine, reports, TimeProvider.System, log ?? new LoggerConfiguration().CreateLogger(), progress: recorder);
            outcome = run.Execute(Options(asOf, nightFolder, outDir, options.Work));
        }
        wall.Stop();
        var nightCpu = BenchRecorder.ProcessorSeconds() - cpu;
        var peak = BenchRecorder.PeakWorkingSetMb();
        var gc = Enumerable.Range(0, GC.MaxGeneration + 1).ToDictionary(g => $"gen{g}", g => GC.CollectionCount(g) - collections[g]);

        var files = Directory.GetFiles(inbox).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        // Right after the night, on the same two files, before the bare parse warms the page cache any further.
        var peer = options.Peer is null ? null : PeerRunner.Run(options.Peer, invoices, PlainBankCsv(files), asOf, options.Work);
        var parse = BareParse(files, invoices, formats);
        var night = outcome.Night;
        var result = new BenchResult
        {
            BankLines = recorder.Files.Where(f => IsBankStatement(f.Format)).Sum(f => (long)f.Records),
            OpenItems = night.OpenItems.Count - night.Matching.CreatedItems.Count, // the export's, not the patient items claim posting made
            CashRecords = recorder.Files.Sum(f => (long)f.Records),
            InputMb = (files.Sum(f => new FileInfo(f).Length) + new FileInfo(invoices).Length) / 1048576d,
            GenerateSeconds = generate.TotalSeconds,
            WallSeconds = wall.Elapsed.TotalSeconds,
            CpuSeconds = nightCpu,
            PeakMemoryMb = peak,
            ExitCode = outcome.ExitCode,
            Stages = recorder.Stages(),
            Parse = parse,
            Collections = gc,
            Night = nightFolder,
            ProcessSeconds = 0,
            ProcessPeakMemoryMb = 0,
            Peer = peer,
        };

        var truth = Path.Combine(nightFolder, "truth.csv");
        if (File.Exists(truth))
        {
            var score = TruthComparison.Compare(truth, Path.Combine(outDir, "applications.csv"), Path.Combine(outDir, "exceptions.csv"), inbox, formats);
            result = result with
            {
                Precision = score.Precision,
                Recall = score.Recall,
                Reversals = new ReversalFigures(score.ReversalPrecision, score.ReversalRecall, score.ReversalsPlanted, score.ReversalsRecalled,
                    score.ReversalApplications, score.CorrectReversals),
                Applications = score.Applications,
                Categories = score.Categories.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                    .Select(kv => new CategoryFigures(kv.Key, kv.Value.Expected, kv.Value.Actual, kv.Value.Hit)).ToList(),
            };
        }
        return result with { ProcessSeconds = process.Elapsed.TotalSeconds, ProcessPeakMemoryMb = BenchRecorder.PeakWorkingSetMb() };
    }

    private static RunOptions Options(DateOnly asOf, string nightFolder, string outDir, string work) => new()
    {
        AsOf = asOf,
        Inbox = Path.Combine(nightFolder, "inbox"),
        Invoices = Path.Combine(nightFolder, "invoices.csv"),
        OutDir = outDir,
        QuarantineRoot = Path.Combine(work, "quarantine"),
        InboxLifecycle = new Configuration.InboxSettings { Mode = "keep", StableSeconds = 0 },
        ArchiveRoot = Path.Combine(work, "archive"),
    };

    /// <summary>The nights of a series folder (sub-folders named yyyy-MM-dd, each with an inbox/), oldest first.</summary>
    private static List<(DateOnly AsOf, string Folder)> SeriesNights(string folder) =>
        !Directory.Exists(folder) ? [] : Directory.GetDirectories(folder)
            .Select(d => (Ok: DateOnly.TryParseExact(Path.GetFileName(d), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var day), Day: day, Folder: d))
            .Where(n => n.Ok && Directory.Exists(Path.Combine(n.Folder, "inbox"))).OrderBy(n => n.Day).Select(n => (n.Day, n.Folder)).ToList();

    /// <summary>The plain night's one bank CSV (the peer reads only that).</summary>
    private static string PlainBankCsv(IReadOnlyList<string> files)
    {
        var csv = files.Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
        return csv.Count == 1 ? csv[0]
            : throw new Configuration.ConfigurationError($"--peer: the night's inbox has {csv.Count} CSV files; a peer takes a plain night's one bank CSV (generate --plain)");
    }

    /// <summary>Bank statement formats (their records are bank lines; the rest are payment items).</summary>
    private static bool IsBankStatement(string format) =>
        format is "bai2" or "camt.052" or "camt.053" or "camt.054" or "mt940" or "mt942" or "ofx" or "csv" or "nacha";

    /// <summary>The floor: every file read and parsed by its reader (detection included), and the open items, nothing else.</summary>
    public static IReadOnlyList<FormatParse> BareParse(IReadOnlyList<string> files, string? invoices, FormatRegistry formats)
    {
        var measured = new List<(string Format, long Bytes, long Records, double Seconds)>();
        foreach (var file in files)
        {
            var watch = Stopwatch.StartNew();
            var parsed = formats.Read(file);
            watch.Stop();
            measured.Add((parsed.Format, new FileInfo(file).Length, parsed.RecordCount, watch.Elapsed.TotalSeconds));
        }
        if (invoices is not null)
        {
            var watch = Stopwatch.StartNew();
            var load = OpenItemsCsvReader.Read(invoices);
            watch.Stop();
            measured.Add(("open-items", new FileInfo(invoices).Length, load.Items.Count, watch.Elapsed.TotalSeconds));
        }
        return measured.GroupBy(m => m.Format, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FormatParse(g.Key, g.Count(), g.Sum(m => m.Bytes), g.Sum(m => m.Records), g.Sum(m => m.Seconds))).ToList();
    }
}
