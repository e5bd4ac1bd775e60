using System.Text.Json;
using System.Text.Json.Nodes;
using Reconciler.Reports.Facts;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;
using Reconciler.Runs;

namespace Reconciler.Reports.Summary;

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
            ["proofs"] = Journal.ProofsReport.Json(night.Proofs),
        };
        File.WriteAllText(path, summary.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    public static JsonObject Counts(NightResult night)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (d, _) in night.Exceptions) counts[d.Category] = counts.GetValueOrDefault(d.Category) + 1;
        var byCategory = new JsonObject();
        foreach (var category in DiscrepancyCategory.All)
        {
            if (counts.GetValueOrDefault(category) is var count and > 0) byCategory[category] = count;
        }
        return new JsonObject
        {
            ["bank_lines_considered"] = night.Cash.Count,
            ["open_items"] = NightTotals.OpenItemsOf(night),
            ["applications"] = night.Matching.Applications.Count,
            ["settlements"] = night.Matching.Settlements.Count,
            ["exceptions"] = night.Exceptions.Count,
            ["exceptions_by_category"] = byCategory,
        };
    }

    private static JsonObject Totals(NightResult night)
    {
        var totals = new JsonObject();
        foreach (var t in NightFacts.Of(night).Totals.Currencies)
        {
            totals[t.Currency] = new JsonObject
            {
                ["cash_considered"] = Money.Format(t.Cash),
                ["applied"] = Money.Format(t.Applied),
                ["unapplied"] = Money.Format(t.Unapplied),
                ["open_receivables"] = Money.Format(t.Open),
            };
        }
        return totals;
    }

    /// <summary>The share of the money considered that rules explained on their own (by count), 0 to 1.</summary>
    public static decimal AutoMatchRate(NightResult night) => NightTotals.AutoMatchRateOf(night);
}
