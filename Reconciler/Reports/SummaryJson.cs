using System.Text.Json;
using System.Text.Json.Nodes;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;
using Reconciler.Runs;

namespace Reconciler.Reports;

/// <summary>summary.json: the night in numbers, for scripts and monitors. Deterministic: no clock times.</summary>
public sealed class SummaryJson : IReportWriter
{
    public string FileName => "summary.json";

    public void Write(NightResult night, string path)
    {
        var inputs = new JsonArray();
        foreach (var input in night.Inputs)
        {
            inputs.Add(new JsonObject
            {
                ["file"] = input.File,
                ["format"] = input.Format,
                ["records"] = input.Records,
                ["status"] = input.Status,
                ["problems"] = new JsonArray(input.Problems.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
            });
        }

        var summary = new JsonObject
        {
            ["run_id"] = night.RunId,
            ["as_of"] = night.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = night.Status,
            ["inputs"] = inputs,
            ["counts"] = Counts(night),
            ["totals"] = Totals(night),
            ["auto_match_rate"] = AutoMatchRate(night),
        };
        File.WriteAllText(path, summary.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    public static JsonObject Counts(NightResult night)
    {
        var byCategory = new JsonObject();
        foreach (var category in DiscrepancyCategory.All)
        {
            var count = night.Exceptions.Count(e => e.Discrepancy.Category == category);
            if (count > 0) byCategory[category] = count;
        }
        return new JsonObject
        {
            ["bank_lines_considered"] = night.Cash.Count,
            ["open_items"] = night.OpenItems.Count(i => i.OpenAmount != 0m),
            ["applications"] = night.Matching.Applications.Count,
            ["settlements"] = night.Matching.Settlements.Count,
            ["exceptions"] = night.Exceptions.Count,
            ["exceptions_by_category"] = byCategory,
        };
    }

    private static JsonObject Totals(NightResult night)
    {
        var totals = new JsonObject();
        var openAfter = night.OpenAfter();
        foreach (var currency in night.Cash.Select(c => c.Transaction.Currency).Concat(night.OpenItems.Select(i => i.Currency)).Distinct().Order(StringComparer.Ordinal))
        {
            totals[currency] = new JsonObject
            {
                ["cash_considered"] = Money.Format(night.Cash.Where(c => c.Transaction.Currency == currency).Sum(c => c.Remaining)),
                ["applied"] = Money.Format(night.Matching.Applications.Where(a => a.Currency == currency).Sum(a => a.AppliedAmount)),
                ["unapplied"] = Money.Format(night.Cash.Where(c => c.Transaction.Currency == currency)
                    .Sum(c => night.Matching.UnappliedBySource.GetValueOrDefault(c.Transaction.Id, c.Remaining))),
                ["open_receivables"] = Money.Format(night.OpenItems.Where(i => i.Currency == currency).Sum(i => openAfter[i.InvoiceNumber])),
            };
        }
        return totals;
    }

    /// <summary>The share of the money considered that rules explained on their own (by count), 0 to 1.</summary>
    public static decimal AutoMatchRate(NightResult night)
    {
        if (night.Cash.Count == 0) return 0m;
        var explained = night.Cash.Count(c => night.Matching.UnappliedBySource.GetValueOrDefault(c.Transaction.Id, c.Remaining) == 0m);
        return Math.Round((decimal)explained / night.Cash.Count, 4);
    }
}
