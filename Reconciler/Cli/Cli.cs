using System.CommandLine;
using Reconciler.Configuration;
using Reconciler.Runs;

namespace Reconciler.Cli;

/// <summary>The command tree, and the one place errors become exit codes and one clear sentence.</summary>
public static class Cli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Reconciler: matches bank deposits, processor payouts and payer remittances to open invoices and claims");
        GlobalOptions.AddTo(root);
        root.Add(RunCommand.Create());
        root.Add(InspectCommand.Create());
        root.Add(RunsCommand.Create());
        root.Add(ExplainCommand.Create());
        root.Add(GenerateCommand.Create());
        root.Add(BenchCommand.Create());
        root.Add(DecisionsCommand.Create());
        root.Add(ReportCommand.Create());
        root.Add(RerunCommand.Create());
        root.Add(BacktestCommand.Create());
        root.Add(WorkerCommand.Create());
        root.Add(AliasesCommand.Create());
        return root;
    }

    public static int Execute(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Try 'reconciler --help'.");
            return ExitCodes.BadUsage;
        }
        return parse.Invoke();
    }

    /// <summary>Runs a command with its services; turns failures into the contract's exit codes.</summary>
    public static int Guard(ParseResult parse, Func<ParseResult, AppServices, int> action)
    {
        var verbose = parse.GetValue(GlobalOptions.Verbose);
        AppServices? app = null;
        try
        {
            app = AppServices.Start(parse);
            return action(parse, app);
        }
        catch (ConfigurationError e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadUsage;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"error: the command failed: {FailureText.Describe(e)}");
            if (verbose) Console.Error.WriteLine(e);
            else Console.Error.WriteLine("Run again with --verbose for details; nothing half-written was kept.");
            return ExitCodes.Failed;
        }
        finally
        {
            app?.Dispose();
        }
    }
}
