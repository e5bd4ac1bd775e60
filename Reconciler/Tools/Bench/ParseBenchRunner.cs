using System.Diagnostics;
using CsvHelper;
using Reconciler.Tools.Generate.Formats;
using Reconciler.Ingest;
using Reconciler.Ingest.OpenItems;

namespace Reconciler.Tools.Bench;

/// <summary>What <c>reconciler bench --parse</c> was asked for.</summary>
/// <param name="Work">Folder for the generated files (removed by the command unless --keep).</param>
/// <param name="SizeMb">About how large each format's file is.</param>
/// <param name="KeepFiles">Leave each format's file in <paramref name="Work"/> (--keep) instead of deleting it once read.</param>
/// <param name="Formats">Only these formats (row names, e.g. csv, open-items); null or empty: every one.</param>
public sealed record ParseBenchOptions(string Work, double SizeMb = 50, int Seed = 1, bool KeepFiles = false, IReadOnlyList<string>? Formats = null);

/// <summary>
/// Reader speed per format against the yardstick of issue 3, CsvHelper's plain parse. For the baseline and each
/// format it writes a small sample file and reads it five times (the warm-up: JIT to the optimised tier, detection,
/// first-use caches), works out
/// from the sample how many units make a file of about the asked size, writes that file, collects garbage so the
/// last format's does not land on this one, and times one read of it exactly as <see cref="BenchRunner.BareParse"/>
/// does (<see cref="FormatRegistry.Read"/>, detection included; the open items through
/// <see cref="OpenItemsCsvReader"/>), with the bytes allocated meanwhile.
/// </summary>
public static class ParseBenchRunner
{
    private const int SampleUnits = 1000;
    private const int WarmUpReads = 5;
    private static readonly TimeSpan WarmUpPause = TimeSpan.FromMilliseconds(300);

    public static ParseBenchResult Run(ParseBenchOptions options, FormatRegistry formats, Action<string>? progress = null)
    {
        Directory.CreateDirectory(options.Work);
        progress?.Invoke("baseline: CsvHelper plain parse");
        var baseline = Measure("csvhelper (10 columns)", ".csv", PlainCsvWriter.Write, options, ReadPlain);
        var rows = new List<ParseBenchRow>();
        foreach (var format in ParseBenchFormat.All.Where(f => options.Formats is not { Count: > 0 } wanted || wanted.Contains(f.Name, StringComparer.OrdinalIgnoreCase)))
        {
            progress?.Invoke(format.Name);
            var figures = Measure(format.Name, format.Extension, format.Write, options, path => format.IsOpenItems ? ReadOpenItems(path) : ReadInbox(path, formats));
            rows.Add(new ParseBenchRow(format, figures, baseline.MegabytesPerSecond));
        }
        return new ParseBenchResult(options.SizeMb, options.Seed, baseline, rows);
    }

    /// <summary>What one read gave: the reader's format name, records and problems.</summary>
    private sealed record Read(string Detected, long Records, IReadOnlyList<ParseProblem> Problems);

    private static ParseBenchFigures Measure(string name, string extension, Action<string, long, int> write, ParseBenchOptions options, Func<string, Read> read)
    {
        var stem = Path.Combine(options.Work, new string(name.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch == '.' ? ch : '-').ToArray()));
        var sample = stem + "-warmup" + extension;
        write(sample, SampleUnits, options.Seed + 1);
        // Steady state, not start-up: the runtime compiles a method well only after it has run a while (tiered
        // compilation, in the background), so the sample is read a few times and the compiler given a moment.
        for (var i = 0; i < WarmUpReads; i++) read(sample);
        Thread.Sleep(WarmUpPause);
        var perUnit = (double)new FileInfo(sample).Length / SampleUnits;
        File.Delete(sample);

        var path = stem + extension;
        var units = Math.Max(1, (long)Math.Ceiling(options.SizeMb * 1048576d / perUnit));
        var generate = Stopwatch.StartNew();
        write(path, units, options.Seed);
        generate.Stop();

        Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = ProcessorTime();
        var watch = Stopwatch.StartNew();
        var result = read(path);
        watch.Stop();
        var cpuSeconds = (ProcessorTime() - cpu).TotalSeconds;
        var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var errors = result.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var figures = new ParseBenchFigures(name, result.Detected, new FileInfo(path).Length, result.Records, watch.Elapsed.TotalSeconds, allocatedBytes,
            errors, result.Problems.Count - errors, result.Problems.FirstOrDefault()?.ToString(), generate.Elapsed.TotalSeconds, cpuSeconds);
        if (!options.KeepFiles) File.Delete(path);
        Collect();
        return figures;
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static Read ReadInbox(string path, FormatRegistry formats)
    {
        var parsed = formats.Read(path);
        return new Read(parsed.Format, parsed.RecordCount, parsed.Problems);
    }

    private static Read ReadOpenItems(string path)
    {
        var load = OpenItemsCsvReader.Read(path);
        return new Read(ParseBenchFormat.OpenItemsName, load.Items.Count, load.Problems);
    }

    /// <summary>
    /// The baseline: CsvHelper 34 reads every field of every row as a string and nothing else (PACKAGES.md measured
    /// about 100 MB/s here). The lengths are summed only so the strings are used.
    /// </summary>
    private static Read ReadPlain(string path)
    {
        long rows = 0, characters = 0;
        using (var reader = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',', HasHeader = true }))
        {
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) characters += reader.GetString(i).Length;
                rows++;
            }
        }
        return new Read(characters > 0 ? "csvhelper" : "empty", rows, []);
    }
}
