using System.CommandLine;
using Reconciler.Configuration;
using Reconciler.Runs;

namespace Reconciler.Cli;

/// <summary><c>reconciler inspect FILE</c>: what a reader makes of one file, without touching the database.</summary>
public static class InspectCommand
{
    private static readonly Argument<string> FileArgument = new("FILE") { Description = "The bank or payment file" };
    private static readonly Option<string?> Format = new("--format") { Description = "Force a format instead of detecting it" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the contract's JSON document" };

    public static Command Create()
    {
        var command = new Command("inspect", "Show what Reconciler reads from one file");
        command.Add(FileArgument);
        command.Add(Format);
        command.Add(Json);
        command.SetAction(parse => Cli.Guard(parse, Execute));
        return command;
    }

    private static int Execute(ParseResult parse, AppServices app)
    {
        var path = parse.GetValue(FileArgument)!;
        if (!File.Exists(path)) throw new ConfigurationError($"FILE: {path} does not exist");
        var parsed = app.Formats().Read(path, parse.GetValue(Format));
        if (parse.GetValue(Json))
        {
            Console.WriteLine(InspectJson.Render(parsed));
        }
        else
        {
            Console.WriteLine($"{parsed.File}: {parsed.Format}, {parsed.Statements.Count} statement(s), {parsed.Batches.Count} batch(es), {parsed.RecordCount} record(s)");
            foreach (var s in parsed.Statements)
                Console.WriteLine($"  account {Masking.Account(s.Account)} {s.Currency}: {s.Transactions.Count} transaction(s), balanced: {s.Balanced?.ToString() ?? "no check"}");
            foreach (var b in parsed.Batches)
                Console.WriteLine($"  {b.Kind} {b.Id} {b.Date:yyyy-MM-dd} {b.Amount} {b.Currency}: {b.Items.Count} item(s)");
            foreach (var p in parsed.Problems) Console.WriteLine($"  {p.Severity.ToString().ToLowerInvariant()}: {p}");
        }
        return parsed.HasErrors ? ExitCodes.CompletedWithProblems : ExitCodes.Success;
    }
}
