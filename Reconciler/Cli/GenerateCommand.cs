using System.CommandLine;
using System.Globalization;
using Reconciler.Tools.Generate;

namespace Reconciler.Cli;

/// <summary><c>reconciler generate</c>: writes a synthetic night (inbox, open items, planted truth) for tests and benchmarks.</summary>
public static class GenerateCommand
{
    private static readonly Option<string> Out = new("--out") { Description = "Folder for inbox/, invoices.csv and truth.csv", Required = true };
    private static readonly Option<int> Invoices = new("--invoices") { Description = "Open items (invoices and claims) to write", DefaultValueFactory = _ => 1000 };
    private static readonly Option<int> BankLines = new("--bank-lines") { Description = "About how many bank statement lines in total", DefaultValueFactory = _ => 1000 };
    private static readonly Option<int> Seed = new("--seed") { Description = "Seed: the same seed gives the same files", DefaultValueFactory = _ => 1 };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "The night's as-of date, yyyy-MM-dd (default 2026-11-20)" };
    private static readonly Option<int> Nights = new("--nights")
    {
        Description = "Write N consecutive nights ending at --as-of, each in <out>/<yyyy-MM-dd>/ (inbox/, invoices.csv, truth.csv): each night's open items are the billing export after the night before, and later nights plant returns, refunds, disputes, recoupments and credit notes of earlier nights' payments; 1 writes one night in <out>/ as before",
        DefaultValueFactory = _ => 1,
    };
    private static readonly Option<bool> Plain = new("--plain")
    {
        Description = "Write issue 20's plain night instead: N open items and an N-line bank CSV (Account,Date,Description,Amount,Balance; 90 % name their invoice and pay it, 5 % pay half, 5 % name nothing); --bank-lines defaults to --invoices",
    };

    public static Command Create()
    {
        var command = new Command("generate", "Write a synthetic night with planted answers (truth.csv)");
        foreach (var option in new Option[] { Out, Invoices, BankLines, Seed, AsOf, Nights, Plain }) command.Add(option);
        command.SetAction(parse =>
        {
            DateOnly? asOf = null;
            if (parse.GetValue(AsOf) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    Console.Error.WriteLine($"error: --as-of '{text}' is not a date (yyyy-MM-dd)");
                    return Runs.ExitCodes.BadUsage;
                }
                asOf = d;
            }
            if (parse.GetValue(Invoices) < 1 || parse.GetValue(BankLines) < 1)
            {
                Console.Error.WriteLine("error: --invoices and --bank-lines must be at least 1");
                return Runs.ExitCodes.BadUsage;
            }
            var nights = parse.GetValue(Nights);
            if (nights < 1 || nights > 366 || nights > 1 && parse.GetValue(Plain))
            {
                Console.Error.WriteLine(nights is >= 1 and <= 366 ? "error: --nights and --plain do not go together" : "error: --nights must be from 1 to 366");
                return Runs.ExitCodes.BadUsage;
            }
            try
            {
                if (nights > 1) return WriteSeries(parse, asOf, nights);
                var plain = parse.GetValue(Plain);
                var bankLines = plain && parse.GetResult(BankLines) is null or { Implicit: true } ? parse.GetValue(Invoices) : parse.GetValue(BankLines);
                var options = new GenerateOptions(Path.GetFullPath(parse.GetValue(Out)!), parse.GetValue(Invoices), bankLines, parse.GetValue(Seed), asOf);
                var result = plain ? PlainNightGenerator.Generate(options) : NightGenerator.Generate(options);
                Console.WriteLine($"Wrote {result.BankLines.ToString(CultureInfo.InvariantCulture)} bank line(s) in {result.Files.Count} inbox file(s), "
                    + $"{result.OpenItems.ToString(CultureInfo.InvariantCulture)} open item(s) and {result.TruthRows.ToString(CultureInfo.InvariantCulture)} truth row(s) "
                    + $"in {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
                Console.WriteLine($"  inbox    {result.Inbox}");
                Console.WriteLine($"  invoices {result.InvoicesFile}");
                Console.WriteLine($"  truth    {result.TruthFile}");
                return 0;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"error: could not write the night: {e.Message}");
                return Runs.ExitCodes.Failed;
            }
            catch (UnauthorizedAccessException e)
            {
                Console.Error.WriteLine($"error: could not write the night: {e.Message}");
                return Runs.ExitCodes.Failed;
            }
        });
        return command;
    }

    private static int WriteSeries(ParseResult parse, DateOnly? asOf, int nights)
    {
        var options = new GenerateOptions(Path.GetFullPath(parse.GetValue(Out)!), parse.GetValue(Invoices), parse.GetValue(BankLines), parse.GetValue(Seed), asOf);
        var series = NightSeriesGenerator.Generate(options, nights);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"Wrote {series.Nights.Count} night(s), {series.Nights[0]:yyyy-MM-dd} to {series.Nights[^1]:yyyy-MM-dd}, in {series.Elapsed.TotalSeconds:0.0} s"));
        for (var i = 0; i < series.Nights.Count; i++)
        {
            var r = series.Results[i];
            Console.WriteLine(string.Create(c, $"  {Path.GetDirectoryName(r.Inbox)}: {r.BankLines} bank line(s), {r.OpenItems} open item(s), {r.TruthRows} truth row(s)"));
        }
        return 0;
    }
}
