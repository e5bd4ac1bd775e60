using Reconciler.Reports;
using Reconciler.Reports.Summary;
using Reconciler.Rules.Model;
using Reconciler.Runs;
using Spectre.Console;

namespace Reconciler.Cli;

/// <summary>The end-of-run summary as tables, for a person at a terminal (plain text is printed otherwise).</summary>
public static class RunSummaryTable
{
    /// <summary>Whether a person is watching: output not redirected and not asked to be quiet.</summary>
    public static bool Interactive(bool quiet) => !quiet && !Console.IsOutputRedirected;

    public static void Print(NightResult night, RunOptions options)
    {
        var status = night.Status == "completed" ? "[green]completed[/]" : $"[yellow]{Markup.Escape(night.Status)}[/]";
        AnsiConsole.MarkupLine($"[bold]Run {Markup.Escape(night.RunId)}[/] for {night.AsOf:yyyy-MM-dd}: {status}{(options.DryRun ? " [grey](dry run: nothing committed)[/]" : "")}");

        var inputs = new Table().RoundedBorder().AddColumns("file", "format", "records", "status");
        foreach (var input in night.Inputs)
        {
            var colour = input.Status is "quarantined" or "rejected" or "loaded_with_errors" ? "red" : "default";
            inputs.AddRow(Markup.Escape(input.File), input.Format, input.Records.ToString(System.Globalization.CultureInfo.InvariantCulture), $"[{colour}]{input.Status}[/]");
        }
        AnsiConsole.Write(inputs);

        var totals = new Table().RoundedBorder().AddColumns("currency", "applied", "unapplied");
        foreach (var currency in night.Cash.Select(c => c.Currency).Distinct().Order(StringComparer.Ordinal))
        {
            var applied = night.Matching.Applications.Where(a => a.Currency == currency && a.SourceKind != SourceKind.Adjustment).Sum(a => a.AppliedAmount);
            var unapplied = night.Cash.Where(c => c.Currency == currency)
                .Sum(c => night.Matching.UnappliedBySource.GetValueOrDefault(c.Id, c.Remaining));
            totals.AddRow(currency, Money.Format(applied), Money.Format(unapplied));
        }
        AnsiConsole.Write(totals);

        var exceptions = new Table().RoundedBorder().AddColumns("exception category", "count");
        foreach (var group in night.Exceptions.GroupBy(e => e.Discrepancy.Category))
            exceptions.AddRow(group.Key, group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (exceptions.Rows.Count > 0) AnsiConsole.Write(exceptions);

        AnsiConsole.MarkupLine($"Auto-match rate [bold]{SummaryJson.AutoMatchRate(night):P1}[/]; reports in [link]{Markup.Escape(options.OutDir)}[/]");
    }
}
