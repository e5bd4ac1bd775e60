using System.Text.Json.Nodes;
using Reconciler.Ingest;
using Reconciler.Tests.Support;
using Reconciler.Tools.Bench;

namespace Reconciler.Tests.Tools.Bench;

/// <summary>
/// The parse bench on 1 MB files: every format is generated, detected as itself and read with records and without
/// a single problem (which also tests the generated files' writers). Nothing here is timed.
/// </summary>
public sealed class ParseBenchTests
{
    private static readonly string[] ContractFormats =
        ["bai2", "camt.052", "camt.053", "camt.054", "mt940", "mt942", "ofx", "csv", "stripe", "paypal", "x12-835", "nacha", "open-items"];

    [Test]
    public void ParseBench_OnSmallFiles_ReadsEveryFormatCleanly()
    {
        using var folder = new TempFolder();
        var result = ParseBenchRunner.Run(new ParseBenchOptions(folder.File("work"), SizeMb: 1, Seed: 2), FormatRegistry.Default());

        Assert.That(result.Baseline.Records, Is.GreaterThan(1000));
        Assert.That(result.Baseline.MegabytesPerSecond, Is.GreaterThan(0));
        Assert.That(result.Rows.Select(r => r.Figures.Detected).Distinct(), Is.EquivalentTo(ContractFormats));
        foreach (var row in result.Rows)
        {
            var f = row.Figures;
            Assert.That(f.Detected, Is.EqualTo(row.Format.Reader), row.Format.Name);
            Assert.That(f.Records, Is.GreaterThan(0), row.Format.Name);
            Assert.That(f.Errors + f.Warnings, Is.Zero, $"{row.Format.Name}: {f.FirstProblem}");
            Assert.That(f.Bytes, Is.InRange(700_000, 1_400_000), $"{row.Format.Name}: about 1 MB");
            Assert.That(row.Ratio, Is.GreaterThan(0), row.Format.Name);
        }
        Assert.That(result.AllParsedClean, Is.True);
        Assert.That(Directory.GetFiles(folder.File("work")), Is.Empty, "files are removed once read unless kept");
    }

    [Test]
    public void BenchParseCommand_Json_ReportsEveryFormatWithRecordsAndNoProblems()
    {
        using var folder = new TempFolder();
        var run = ConsoleProcess.Run(folder.Path, "bench", "--parse", "--size-mb", "1", "--json", "--keep", folder.File("work"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var json = JsonNode.Parse(run.Out)!.AsObject();
        Assert.That(json["baseline"]!["mb_per_second"]!.GetValue<double>(), Is.GreaterThan(0));
        var formats = json["formats"]!.AsArray().Select(f => f!.AsObject()).ToList();
        Assert.That(formats.Select(f => f["reader"]!.GetValue<string>()).Distinct(), Is.EquivalentTo(ContractFormats));
        foreach (var format in formats)
        {
            var name = format["format"]!.GetValue<string>();
            Assert.That(format["records"]!.GetValue<long>(), Is.GreaterThan(0), name);
            Assert.That(format["errors"]!.GetValue<int>() + format["warnings"]!.GetValue<int>(), Is.Zero, name);
            foreach (var field in new[] { "mb_per_second", "records_per_second", "allocated_mb", "ratio", "target", "meets_target" })
                Assert.That(format.ContainsKey(field), Is.True, $"{name}: {field}");
        }
        Assert.That(json["all_parsed_clean"]!.GetValue<bool>(), Is.True);
        Assert.That(Directory.GetFiles(folder.File("work"), "*.ach"), Is.Not.Empty, "--keep keeps the generated files");
    }

    [Test]
    public void BenchParseCommand_RefusesASizeOfZero()
    {
        using var folder = new TempFolder();
        var run = ConsoleProcess.Run(folder.Path, "bench", "--parse", "--size-mb", "0");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("--size-mb"));
    }
}
