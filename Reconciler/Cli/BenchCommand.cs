using System.CommandLine;
using System.Text.Json;
using Reconciler.Tools.Bench;

namespace Reconciler.Cli;

/// <summary><c>reconciler bench</c>: generate (or take) a night, run it on a fresh SQLite database, and report time, memory and accuracy.</summary>
public static class BenchCommand
{
    private static readonly Option<int> Invoices = new("--invoices") { Description = "Open items to generate", DefaultValueFactory = _ => 10_000 };
    private static readonly Option<int> BankLines = new("--bank-lines") { Description = "About how many bank lines to generate", DefaultValueFactory = _ => 10_000 };
    private static readonly Option<int> Seed = new("--seed") { Description = "Seed of the generated night", DefaultValueFactory = _ => 1 };
    private static readonly Option<string?> Night = new("--night")
    {
        Description = "Take this generated night (inbox/, invoices.csv, truth.csv) instead of generating one; a series folder (generate --nights) runs its nights in order and measures the last",
    };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "The night's as-of date, yyyy-MM-dd (default: the generator's, 2026-11-20)" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print one JSON object instead of tables" };
    private static readonly Option<string?> Keep = new("--keep") { Description = "Work in this folder and keep it (night, bench.db, reports); default: a temporary folder, removed" };
    private static readonly Option<bool> Parse = new("--parse") { Description = "Measure the readers instead: one large generated file per format, MB/s against CsvHelper's plain parse" };
    private static readonly Option<string?> Formats = new("--formats") { Description = "With --parse: only these formats, comma-separated row names (e.g. csv,open-items)" };
    private static readonly Option<bool> Plain = new("--plain")
    {
        Description = "Generate issue 20's plain night instead: N open items and an N-line bank CSV (90 % name their invoice and pay it, 5 % pay half, 5 % name nothing); --bank-lines defaults to --invoices",
    };
    private static readonly Option<string?> Peer = new("--peer")
    {
        Description = "With --plain: run this peer script (e.g. shared/peers/pandas_recon.py, via /usr/bin/python3) on the same two files right after the night and print both times and peak memories",
    };
    private static readonly Option<int> Nights = new("--nights")
    {
        Description = "Generate N consecutive nights (generate --nights), run them in order on the one database, and measure and score the last",
        DefaultValueFactory = _ => 1,
    };
    private static readonly Option<double> SizeMb = new("--size-mb") { Description = "With --parse: about how many MB each format's file has", DefaultValueFactory = _ => 50 };

    public static Command Create()
    {
        var command = new Command("bench", "Measure a night end to end: stage times, rows per second, peak memory, bare parse floor, accuracy");
        foreach (var option in new Option[] { Invoices, BankLines, Seed, Night, AsOf, Json, Keep, Parse, SizeMb, Plain, Peer, Formats, Nights }) command.Add(option);
        command.SetAction(parse => Cli.Guard(parse, Execute));
        return command;
    }

    private static int Execute(ParseResult parse, AppServices app)
    {
        if (parse.GetValue(Invoices) < 1 || parse.GetValue(BankLines) < 1)
        {
            Console.Error.WriteLine("error: --invoices and --bank-lines must be at least 1");
            return Runs.ExitCodes.BadUsage;
        }
        var keep = parse.GetValue(Keep);
        var work = keep is null ? Path.Combine(Path.GetTempPath(), $"reconciler-bench-{Guid.NewGuid():N}") : Path.GetFullPath(keep);
        if (parse.GetValue(Parse)) return ExecuteParse(parse, work, keep is null);
        var night = parse.GetValue(Night) is { } n ? Path.GetFullPath(n) : null;
        if (night is not null && !Directory.Exists(night))
        {
            Console.Error.WriteLine($"error: --night: folder {night} does not exist");
            return Runs.ExitCodes.BadUsage;
        }
        var nights = parse.GetValue(Nights);
        if (nights is < 1 or > 366 || nights > 1 && (parse.GetValue(Plain) || night is not null))
        {
            Console.Error.WriteLine(nights is < 1 or > 366 ? "error: --nights must be from 1 to 366" : "error: --nights generates a series: not with --plain or --night (give --night a series folder instead)");
            return Runs.ExitCodes.BadUsage;
        }
        var asOf = parse.GetValue(AsOf) is { } text ? AppServices.ParseDate(text, "--as-of") : (DateOnly?)null;
        var plain = parse.GetValue(Plain);
        var peer = parse.GetValue(Peer) is { } p ? Path.GetFullPath(p) : null;
        if (peer is not null && (!plain || !File.Exists(peer)))
        {
            Console.Error.WriteLine(plain ? $"error: --peer: {peer} does not exist" : "error: --peer needs --plain (a peer reads the plain night's two files)");
            return Runs.ExitCodes.BadUsage;
        }
        // The plain night has one bank line per open item unless told otherwise.
        var bankLines = plain && parse.GetResult(BankLines) is null or { Implicit: true } ? parse.GetValue(Invoices) : parse.GetValue(BankLines);
        try
        {
            // The night's own log events would mix with the figures (and break --json): the bench runs it silently.
            var result = BenchRunner.Run(new BenchOptions(work, parse.GetValue(Invoices), bankLines, parse.GetValue(Seed), night, asOf, plain, peer, nights),
                app.Formats(), app.Rules(), app.Reports());
            Console.Out.Write(parse.GetValue(Json)
                ? result.ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine
                : result.ToTable());
            return 0;
        }
        finally
        {
            if (keep is null && Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>--parse: the readers alone on large generated files (Tools/Bench/ParseBenchRunner.cs).</summary>
    private static int ExecuteParse(ParseResult parse, string work, bool remove)
    {
        if (parse.GetValue(SizeMb) is not (> 0 and <= 10_000))
        {
            Console.Error.WriteLine("error: --size-mb must be more than 0 and at most 10000");
            return Runs.ExitCodes.BadUsage;
        }
        try
        {
            return ParseBenchConsole.Execute(new ParseBenchOptions(work, parse.GetValue(SizeMb), parse.GetValue(Seed), KeepFiles: !remove,
                Formats: parse.GetValue(Formats)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), Ingest.FormatRegistry.Default(), parse.GetValue(Json));
        }
        finally
        {
            if (remove && Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }
}
