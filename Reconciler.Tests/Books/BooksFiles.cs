using System.Globalization;
using System.Text.Json.Nodes;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books;

/// <summary>Reads a night's journal.csv and summary.json proofs back, summing them here (not with the code under test).</summary>
public static class BooksFiles
{
    public static decimal Amount(string text) => text.Length == 0 ? 0m : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>Debits minus credits per entry_id and currency.</summary>
    public static Dictionary<(string Entry, string Currency), decimal> EntryBalances(string journalCsv) =>
        ReportFiles.Rows(journalCsv).GroupBy(r => (r["entry_id"], r["currency"]))
            .ToDictionary(g => g.Key, g => g.Sum(r => Amount(r["debit"]) - Amount(r["credit"])));

    /// <summary>Rows where both debit and credit are filled, or neither (a line is one or the other).</summary>
    public static int OneSidedViolations(string journalCsv) =>
        ReportFiles.Rows(journalCsv).Count(r => (r["debit"].Length == 0) == (r["credit"].Length == 0));

    public static IReadOnlyList<JsonObject> Proofs(string summaryJson) =>
        JsonNode.Parse(File.ReadAllText(summaryJson))!["proofs"]!.AsArray().Select(p => p!.AsObject()).ToList();

    public static decimal Figure(JsonObject proof, string name) => Amount(proof[name]!.GetValue<string>());

    /// <summary>Opening plus every movement minus closing, summed here from the JSON figures.</summary>
    public static decimal Recomputed(JsonObject proof) =>
        Figure(proof, "opening") + proof["movements"]!.AsObject().Sum(m => Amount(m.Value!.GetValue<string>())) - Figure(proof, "closing");

    /// <summary>aging.csv's total per currency.</summary>
    public static Dictionary<string, decimal> AgingTotals(string agingCsv) =>
        ReportFiles.Rows(agingCsv).GroupBy(r => r["currency"]).ToDictionary(g => g.Key, g => g.Sum(r => Amount(r["total"])));
}
