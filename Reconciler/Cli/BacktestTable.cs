using System.Globalization;
using Reconciler.Runs.Backtest;

namespace Reconciler.Cli;

/// <summary>The backtest's console table: one line per night, stored run → candidate rules; contradicted reviewer decisions first.</summary>
public static class BacktestTable
{
    public static void Print(IReadOnlyList<NightComparison> nights, TextWriter output)
    {
        var contradicted = nights.SelectMany(n => n.After.Reviewers.Contradicted.Select(c => (n.AsOf, c))).ToList();
        if (contradicted.Count > 0)
        {
            output.WriteLine($"{contradicted.Count} reviewer decision(s) the candidate rules would have contradicted:");
            foreach (var (asOf, c) in contradicted)
                output.WriteLine($"  {asOf:yyyy-MM-dd} {c.ExceptionId}: reviewer {c.Action} {c.ReviewerInvoices}, rules {c.RunRules} -> {c.RunInvoices}");
        }
        output.WriteLine($"{"night",-10}  {"applications",-13}  {"auto-match",-15}  {"exceptions",-10}  {"added",5}  {"removed",7}  {"changed",7}");
        foreach (var n in nights)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n.AsOf:yyyy-MM-dd}  {$"{n.Before.Applications}->{n.After.Applications}",-13}  {$"{n.Before.AutoMatchRate:P1}->{n.After.AutoMatchRate:P1}",-15}  " +
                $"{$"{n.Before.ExceptionsByCategory.Values.Sum()}->{n.After.ExceptionsByCategory.Values.Sum()}",-10}  " +
                $"{n.Changes.Count(c => c.Change == "added"),5}  {n.Changes.Count(c => c.Change == "removed"),7}  {n.Changes.Count(c => c.Change == "changed"),7}"));
        }
    }
}
