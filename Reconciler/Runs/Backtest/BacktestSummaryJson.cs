using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reconciler.Runs.Backtest;

/// <summary>
/// backtest-summary.json: the reviewer decisions the candidate rules would have contradicted first (the thing to look at
/// before anything else), then per night the stored run's figures against the candidate's and the count of changes.
/// </summary>
public static class BacktestSummaryJson
{
    public static void Write(string path, string rulesHash, IReadOnlyList<NightComparison> nights)
    {
        var root = new JsonObject
        {
            ["rules_hash"] = rulesHash,
            ["contradicted_decisions"] = new JsonArray(nights.SelectMany(n => n.After.Reviewers.Contradicted.Select(c => (JsonNode)new JsonObject
            {
                ["as_of"] = Date(n.AsOf), ["exception_id"] = c.ExceptionId, ["action"] = c.Action, ["source_kind"] = c.SourceKind, ["source_id"] = c.SourceId,
                ["reviewer_invoices"] = c.ReviewerInvoices, ["candidate_invoices"] = c.RunInvoices, ["candidate_rules"] = c.RunRules,
            })).ToArray()),
            ["nights"] = new JsonArray(nights.Select(n => (JsonNode)new JsonObject
            {
                ["as_of"] = Date(n.AsOf),
                ["stored_run_id"] = n.StoredRunId,
                ["changes"] = new JsonObject
                {
                    ["added"] = n.Changes.Count(c => c.Change == "added"),
                    ["removed"] = n.Changes.Count(c => c.Change == "removed"),
                    ["changed"] = n.Changes.Count(c => c.Change == "changed"),
                },
                ["before"] = Figures(n.Before),
                ["after"] = Figures(n.After),
            }).ToArray()),
        };
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static JsonObject Figures(NightFigures f) => new()
    {
        ["applications"] = f.Applications,
        ["auto_match_rate"] = f.AutoMatchRate,
        ["exceptions_by_category"] = new JsonObject(f.ExceptionsByCategory.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        ["reviewer_decisions"] = f.Reviewers.Decisions,
        ["reviewer_agreed"] = f.Reviewers.Agreed,
        ["reviewer_contradicted"] = f.Reviewers.Contradicted.Count,
    };

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
