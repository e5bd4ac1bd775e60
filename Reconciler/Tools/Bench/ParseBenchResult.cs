using System.Globalization;
using System.Text.Json.Nodes;

namespace Reconciler.Tools.Bench;

/// <summary>What <c>reconciler bench --parse</c> measured: the CsvHelper baseline and every format against it.</summary>
public sealed record ParseBenchResult(double SizeMb, int Seed, ParseBenchFigures Baseline, IReadOnlyList<ParseBenchRow> Rows)
{
    public bool AllParsedClean => Rows.All(r => r.ParsedClean);

    public bool AllMeetTargets => Rows.All(r => r.MeetsTarget);

    public JsonObject ToJson()
    {
        var formats = new JsonArray();
        foreach (var row in Rows)
        {
            var json = Figures(row.Figures);
            json["reader"] = row.Figures.Detected;
            json["errors"] = row.Figures.Errors;
            json["warnings"] = row.Figures.Warnings;
            json["first_problem"] = row.Figures.FirstProblem;
            json["ratio"] = Math.Round(row.Ratio, 2);
            json["target"] = row.Format.Target;
            json["meets_target"] = row.MeetsTarget;
            json["floor_mb_per_second"] = row.Format.FloorMbPerSecond;
            json["meets_floor"] = row.MeetsFloor;
            formats.Add(json);
        }
        return new JsonObject
        {
            ["size_mb"] = SizeMb,
            ["seed"] = Seed,
            ["baseline"] = Figures(Baseline),
            ["formats"] = formats,
            ["all_parsed_clean"] = AllParsedClean,
            ["all_meet_targets"] = AllMeetTargets,
            ["all_meet_floors"] = Rows.All(r => r.MeetsFloor),
        };
    }

    private static string Yes(bool value) => value ? "yes" : "no";

    private static JsonObject Figures(ParseBenchFigures f) => new()
    {
        ["format"] = f.Name,
        ["bytes"] = f.Bytes,
        ["records"] = f.Records,
        ["seconds"] = Math.Round(f.Seconds, 3),
        ["mb_per_second"] = Math.Round(f.MegabytesPerSecond, 1),
        ["records_per_second"] = Math.Round(f.RecordsPerSecond),
        ["allocated_mb"] = Math.Round(f.AllocatedMb, 1),
        ["generate_seconds"] = Math.Round(f.GenerateSeconds, 3),
        ["cpu_seconds"] = Math.Round(f.CpuSeconds, 3),
        ["mb_per_cpu_second"] = Math.Round(f.MegabytesPerCpuSecond, 1),
    };

    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var w = new StringWriter(c) { NewLine = "\n" };
        var b = Baseline;
        w.WriteLine(string.Create(c, $"Parse bench: about {SizeMb:0.#} MB per format, seed {Seed}; each file read once by its reader (detection included) after a warm-up (a sample read five times)."));
        w.WriteLine(string.Create(c, $"Baseline, CsvHelper 34 plain parse of a 10-column CSV (every field read as a string): {b.Megabytes:0.0} MB, {b.Records:N0} rows, "
            + $"{b.Seconds:0.000} s, {b.MegabytesPerSecond:0.0} MB/s ({b.MegabytesPerCpuSecond:0.0} MB per CPU second), {b.RecordsPerSecond:N0} rows/s, {b.AllocatedMb:0} MB allocated"));
        w.WriteLine();
        w.WriteLine("format            reader         MB     records  seconds    MB/s    records/s  alloc MB  MB/cpu-s  ratio  target  meets  floor  meets  problems");
        foreach (var row in Rows)
        {
            var f = row.Figures;
            var problems = f.Errors + f.Warnings == 0 ? "none" : $"{f.Errors} error(s), {f.Warnings} warning(s): {f.FirstProblem}";
            if (f.Detected != row.Format.Reader) problems = $"detected as {f.Detected}; " + problems;
            w.WriteLine(string.Create(c, $"{f.Name,-17} {f.Detected,-10} {f.Megabytes,7:0.0} {f.Records,11:N0} {f.Seconds,8:0.000} {f.MegabytesPerSecond,7:0.0} {f.RecordsPerSecond,12:N0} "
                + $"{f.AllocatedMb,9:0} {f.MegabytesPerCpuSecond,9:0.0} {row.Ratio,6:0.00} {row.Format.Target,7:0.0}  {Yes(row.MeetsTarget),-5} {row.Format.FloorMbPerSecond,5:0}  {Yes(row.MeetsFloor),-5}  {problems}"));
        }
        w.WriteLine();
        var clean = AllParsedClean ? "every generated file parsed without problems." : "SOME GENERATED FILES HAD PROBLEMS (see above).";
        w.WriteLine(string.Create(c, $"{Rows.Count(r => r.MeetsTarget)} of {Rows.Count} format(s) within target (ratio = baseline MB/s / format MB/s; text formats <= {ParseBenchFormat.TextTarget:0}, camt <= {ParseBenchFormat.CamtTarget:0}); "
            + $"{Rows.Count(r => r.MeetsFloor)} at or above the floor (the target against PACKAGES.md's {ParseBenchFormat.PackagesBaselineMbPerSecond:0} MB/s: text {ParseBenchFormat.PackagesBaselineMbPerSecond / ParseBenchFormat.TextTarget:0} MB/s, camt {ParseBenchFormat.PackagesBaselineMbPerSecond / ParseBenchFormat.CamtTarget:0} MB/s)."));
        w.WriteLine(clean);
        return w.ToString();
    }
}
