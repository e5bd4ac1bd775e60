using System.CommandLine;
using Reconciler.Configuration;
using Reconciler.Reports.Decisions;
using Reconciler.Runs;

namespace Reconciler.Cli;

/// <summary><c>reconciler decisions import FILE.xlsx</c>: take reviewers' decisions for the next night.</summary>
public static class DecisionsCommand
{
    private static readonly Argument<string> File = new("FILE.xlsx") { Description = "A returned exceptions.xlsx with the Decision column filled" };

    public static Command Create()
    {
        var import = new Command("import", "Validate and record the decisions of a returned exceptions workbook; the next run acts on them");
        import.Add(File);
        import.SetAction(parse => Cli.Guard(parse, (p, app) =>
        {
            var path = p.GetValue(File)!;
            if (!System.IO.File.Exists(path)) throw new ConfigurationError($"FILE.xlsx: {path} does not exist");
            using var store = app.OpenStore();
            var result = new DecisionsImport(store, app.Clock).Import(path);
            foreach (var problem in result.Problems) Console.Error.WriteLine($"error: {problem}");
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"Nothing was recorded: {result.Problems.Count} row(s) need fixing.");
                return ExitCodes.CompletedWithProblems;
            }
            Console.WriteLine(result.AlreadyImported
                ? $"{Path.GetFileName(path)} was imported before; nothing new recorded."
                : $"Recorded {result.Recorded} decision(s) from {Path.GetFileName(path)}; the next run acts on them.");
            app.Log.Information("Decisions imported from {File}: {Count} recorded", Path.GetFileName(path), result.Recorded);
            return ExitCodes.Success;
        }));
        var command = new Command("decisions", "Reviewers' decisions from the exceptions workbook");
        command.Add(import);
        return command;
    }
}
