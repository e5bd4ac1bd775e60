using Reconciler.Reports;
using Reconciler.Reports.Summary;
using Reconciler.Rules.Model;
using Reconciler.Runs;

namespace Reconciler.Cli;

/// <summary>The few lines a person reads after a run: what came in, what matched, what needs a look, where the reports are.</summary>
public static class RunSummaryText
{
    public static void Print(NightResult night, RunOptions options, TextWriter output)
    {
        output.WriteLine($"Run {night.RunId} for {night.AsOf:yyyy-MM-dd}: {night.Status}{(options.DryRun ? " (dry run: nothing committed)" : "")}");
        foreach (var input in night.Inputs)
        {
            output.WriteLine($"  {input.Status,-18} {input.File} ({input.Format}, {input.Records} record(s))");
            foreach (var problem in input.Problems.Take(5)) output.WriteLine($"      {problem}");
            if (input.Problems.Count > 5) output.WriteLine($"      ... and {input.Problems.Count - 5} more (see summary.json)");
        }
        var applied = night.Matching.Applications.GroupBy(a => a.Currency).Select(g => $"{Money.Format(g.Sum(a => a.AppliedAmount))} {g.Key}");
        output.WriteLine($"  {night.Cash.Count} bank credit(s) considered, {night.Matching.Applications.Count} application(s) ({string.Join(", ", applied)}), auto-match rate {SummaryJson.AutoMatchRate(night):P1}");
        foreach (var group in night.Exceptions.GroupBy(e => e.Discrepancy.Category))
            output.WriteLine($"  {group.Count(),4} {group.Key}");
        output.WriteLine($"  Reports: {options.OutDir}");
    }
}
