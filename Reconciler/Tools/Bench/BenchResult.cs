using System.Globalization;
using System.Text.Json.Nodes;

namespace Reconciler.Tools.Bench;

/// <summary>A bare parse of one format's files: read and parse every record with the readers, nothing else.</summary>
public sealed record FormatParse(string Format, int Files, long Bytes, long Records, double Seconds)
{
    public double MegabytesPerSecond => Seconds > 0 ? Bytes / 1048576d / Seconds : 0;
}

/// <summary>Per exception category: planted, raised by the run, and raised on the planted payment.</summary>
public sealed record CategoryFigures(string Category, int Expected, int Raised, int Hit);

/// <summary>How the night's reversals (rule <c>reversal</c>) compare with the planted ones (truth rows with expected_rule reversal).</summary>
public sealed record ReversalFigures(double Precision, double Recall, int Planted, int Recalled, int Applications, int Correct);

/// <summary>Everything one bench measured.</summary>
public sealed record BenchResult
{
    public required long BankLines { get; init; }
    public required long OpenItems { get; init; }
    public required long CashRecords { get; init; }
    public required double InputMb { get; init; }
    public required double GenerateSeconds { get; init; }
    public required double WallSeconds { get; init; }

    /// <summary>Processor seconds (user and system, every thread) the night took: on a shared machine steadier than the wall.</summary>
    public double CpuSeconds { get; init; }
    public required double PeakMemoryMb { get; init; }
    public required double ProcessSeconds { get; init; }
    public required double ProcessPeakMemoryMb { get; init; }
    public required int ExitCode { get; init; }
    public required IReadOnlyList<StageFigures> Stages { get; init; }
    public required IReadOnlyList<FormatParse> Parse { get; init; }
    public required IReadOnlyDictionary<string, int> Collections { get; init; }
    public double? Precision { get; init; }
    public double? Recall { get; init; }
    public int Applications { get; init; }
    public ReversalFigures? Reversals { get; init; }
    public IReadOnlyList<CategoryFigures> Categories { get; init; } = [];
    public string? Night { get; init; }

    /// <summary>The peer run on the same files right after the night (bench --peer), or null.</summary>
    public PeerFigures? Peer { get; init; }

    public double RawParseSeconds => Parse.Sum(p => p.Seconds);

    /// <summary>Whole night over the bare parse of the same files: how much the engine costs beyond reading.</summary>
    public double Ratio => RawParseSeconds > 0 ? WallSeconds / RawParseSeconds : 0;

    /// <summary>Bank lines and payment items per second of the whole night.</summary>
    public double RowsPerSecond => WallSeconds > 0 ? CashRecords / WallSeconds : 0;

    public JsonObject ToJson()
    {
        var stages = new JsonObject();
        foreach (var s in Stages) stages[s.Stage] = Round(s.Seconds);
        var details = new JsonArray();
        foreach (var s in Stages)
        {
            details.Add(new JsonObject
            {
                ["stage"] = s.Stage, ["seconds"] = Round(s.Seconds), ["rows"] = s.Rows, ["rows_per_second"] = Math.Round(s.RowsPerSecond),
                ["peak_memory_mb"] = Math.Round(s.PeakMemoryMb), ["allocated_mb"] = Math.Round(s.AllocatedMb),
            });
        }
        var parse = new JsonArray();
        foreach (var p in Parse)
        {
            parse.Add(new JsonObject
            {
                ["format"] = p.Format, ["files"] = p.Files, ["bytes"] = p.Bytes, ["records"] = p.Records,
                ["seconds"] = Round(p.Seconds), ["mb_per_second"] = Math.Round(p.MegabytesPerSecond, 1),
            });
        }
        var categories = new JsonObject();
        foreach (var c in Categories)
            categories[c.Category] = new JsonObject { ["expected"] = c.Expected, ["raised"] = c.Raised, ["hit"] = c.Hit };
        var gc = new JsonObject();
        foreach (var (generation, count) in Collections) gc[generation] = count;
        return new JsonObject
        {
            ["bank_lines"] = BankLines,
            ["open_items"] = OpenItems,
            ["wall_seconds"] = Round(WallSeconds),
            ["cpu_seconds"] = Round(CpuSeconds),
            ["peak_memory_mb"] = Math.Round(PeakMemoryMb),
            ["raw_parse_seconds"] = Round(RawParseSeconds),
            ["stages"] = stages,
            ["precision"] = Precision is { } p1 ? Math.Round(p1, 6) : null,
            ["recall"] = Recall is { } r ? Math.Round(r, 6) : null,
            ["cash_records"] = CashRecords,
            ["input_mb"] = Math.Round(InputMb, 1),
            ["rows_per_second"] = Math.Round(RowsPerSecond),
            ["ratio_to_raw_parse"] = Math.Round(Ratio, 2),
            ["exit_code"] = ExitCode,
            ["generate_seconds"] = Round(GenerateSeconds),
            ["process_seconds"] = Round(ProcessSeconds),
            ["process_peak_memory_mb"] = Math.Round(ProcessPeakMemoryMb),
            ["gc_collections"] = gc,
            ["applications"] = Applications,
            ["reversal_precision"] = Reversals is { } v ? Math.Round(v.Precision, 6) : null,
            ["reversal_recall"] = Reversals is { } v2 ? Math.Round(v2.Recall, 6) : null,
            ["reversals"] = Reversals is { } v3
                ? new JsonObject { ["planted"] = v3.Planted, ["recalled"] = v3.Recalled, ["applications"] = v3.Applications, ["correct"] = v3.Correct }
                : null,
            ["stage_details"] = details,
            ["parse_formats"] = parse,
            ["exceptions_by_category"] = categories,
            ["night"] = Night,
            ["peer"] = Peer?.ToJson(),
        };
    }

    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var w = new StringWriter(c) { NewLine = "\n" };
        w.WriteLine(string.Create(c, $"Night: {BankLines:N0} bank line(s), {CashRecords:N0} cash record(s) (lines and payment items), {OpenItems:N0} open item(s), {InputMb:0.0} MB of input"));
        w.WriteLine();
        w.WriteLine("stage            seconds       rows      rows/s   peak MB   alloc MB");
        foreach (var s in Stages)
            w.WriteLine(string.Create(c, $"{s.Stage,-14} {s.Seconds,9:0.000} {s.Rows,10:N0} {s.RowsPerSecond,11:N0} {s.PeakMemoryMb,9:0} {s.AllocatedMb,10:0}"));
        // Reports and commit overlap (two threads): the stages can add up to more than the night; the excess is shown as such.
        var other = WallSeconds - Stages.Sum(s => s.Seconds);
        w.WriteLine(string.Create(c, $"{(other < 0 ? "(overlapped)" : "(other)"),-14} {other,9:0.000}"));
        w.WriteLine(string.Create(c, $"{"night",-14} {WallSeconds,9:0.000} {CashRecords,10:N0} {RowsPerSecond,11:N0} {PeakMemoryMb,9:0}"));
        w.WriteLine();
        w.WriteLine("bare parse       files       MB    records   seconds     MB/s");
        foreach (var p in Parse)
            w.WriteLine(string.Create(c, $"{p.Format,-14} {p.Files,7} {p.Bytes / 1048576d,8:0.0} {p.Records,10:N0} {p.Seconds,9:0.000} {p.MegabytesPerSecond,8:0.0}"));
        w.WriteLine(string.Create(c, $"{"total",-14} {Parse.Sum(p => p.Files),7} {Parse.Sum(p => p.Bytes) / 1048576d,8:0.0} {Parse.Sum(p => p.Records),10:N0} {RawParseSeconds,9:0.000}"));
        w.WriteLine();
        w.WriteLine(string.Create(c, $"wall {WallSeconds:0.00} s (processor {CpuSeconds:0.00} s), peak {PeakMemoryMb:0} MB, bare parse {RawParseSeconds:0.00} s, ratio {Ratio:0.0}x, exit code {ExitCode}"));
        w.WriteLine(string.Create(c, $"process {ProcessSeconds:0.00} s (generation {GenerateSeconds:0.00} s), process peak {ProcessPeakMemoryMb:0} MB, GC {string.Join(" ", Collections.Select(kv => $"{kv.Key}={kv.Value}"))}"));
        if (Precision is { } precision && Recall is { } recall)
        {
            w.WriteLine(string.Create(c, $"precision {precision:0.0000}, recall {recall:0.0000} ({Applications:N0} cash application(s))"));
            if (Reversals is { } v)
                w.WriteLine(string.Create(c, $"reversals: precision {v.Precision:0.0000} ({v.Correct:N0}/{v.Applications:N0} reversal application(s)), recall {v.Recall:0.0000} ({v.Recalled:N0}/{v.Planted:N0} planted)"));
            w.WriteLine("category                     expected    raised  on the planted payment");
            foreach (var k in Categories)
                w.WriteLine(string.Create(c, $"{k.Category,-26} {k.Expected,10:N0} {k.Raised,9:N0} {k.Hit,10:N0}"));
        }
        else w.WriteLine("precision, recall: no truth.csv beside the night");
        if (Peer is not null)
        {
            w.WriteLine();
            Peer.WriteTable(w, WallSeconds, CpuSeconds, PeakMemoryMb);
        }
        return w.ToString();
    }

    private static double Round(double seconds) => Math.Round(seconds, 3);
}
