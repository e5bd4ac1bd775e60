using System.CommandLine;
using Reconciler.Configuration;
using Reconciler.Runs;

namespace Reconciler.Cli;

/// <summary><c>reconciler run</c>: reconcile one night.</summary>
public static class RunCommand
{
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "The night to reconcile, yyyy-MM-dd (default: today in the configured time zone)" };
    private static readonly Option<string?> Inbox = new("--inbox") { Description = "Folder of bank and payment files" };
    private static readonly Option<string?> Invoices = new("--invoices") { Description = "Open-items CSV (canonical columns)" };
    private static readonly Option<string?> Out = new("--out") { Description = "Folder for the reports (default: <reports root>/<as-of>/)" };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Do everything but commit results to the database" };

    public static Command Create()
    {
        var command = new Command("run", "Reconcile one night: ingest the inbox, match, report");
        foreach (var option in new Option[] { AsOf, Inbox, Invoices, Out, DryRun }) command.Add(option);
        command.SetAction(parse => Cli.Guard(parse, Execute));
        return command;
    }

    private static int Execute(ParseResult parse, AppServices app)
    {
        var asOf = parse.GetValue(AsOf) is { } text ? AppServices.ParseDate(text, "--as-of") : app.Today();
        var options = app.NightOptions(asOf, parse.GetValue(Inbox), parse.GetValue(Invoices), parse.GetValue(Out), parse.GetValue(DryRun));

        // Every configuration check comes before the database is opened: a refused night touches nothing.
        var (formats, rules, reports) = (app.Formats(), app.Rules(), app.Reports());
        using var store = app.OpenStore(options.DryRun);
        var interactive = RunSummaryTable.Interactive(parse.GetValue(GlobalOptions.Quiet));
        var files = options.Inbox is { } inbox && Directory.Exists(inbox) ? Directory.GetFiles(inbox).Length : 0;
        var outcome = ConsoleRunProgress.Show(interactive, files, progress =>
            new ReconciliationRun(store, formats, rules, reports, app.Clock, app.Log, app.Settings.RunLock,
                parse.GetValue(Invoices) is null ? app.OpenItemsSource() : null, // --invoices names a CSV, which wins over the configured source
                progress).Execute(options));
        if (interactive) RunSummaryTable.Print(outcome.Night, options);
        else RunSummaryText.Print(outcome.Night, options, Console.Out);
        return outcome.ExitCode;
    }
}
