using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books.Properties;

/// <summary>What must hold after every night, summed here from the report files, not with the code under test.</summary>
public static class BooksChecks
{
    private static readonly string[] Buckets = ["current", "d1_30", "d31_60", "d61_90", "d91_plus"];

    /// <summary>Null when the books hold; otherwise what does not.</summary>
    public static string? Night(string reports, IReadOnlyDictionary<string, decimal>? previousClosings, IReadOnlyList<(NightEvent Event, string Id)> written)
    {
        var problems = new List<string>();
        var journal = ReportFiles.Rows(Path.Combine(reports, "journal.csv"));
        foreach (var entry in journal.GroupBy(r => r["entry_id"]))
        {
            if (entry.Select(r => r["currency"]).Distinct().Count() != 1) problems.Add($"journal entry {entry.Key} mixes currencies");
            var balance = entry.Sum(r => BooksFiles.Amount(r["debit"]) - BooksFiles.Amount(r["credit"]));
            if (balance != 0m) problems.Add($"journal entry {entry.Key} ({entry.First()["source_kind"]} {entry.First()["rule"]}) is out by {balance} {entry.First()["currency"]}");
        }
        if (BooksFiles.OneSidedViolations(Path.Combine(reports, "journal.csv")) > 0) problems.Add("journal lines with both or neither of debit and credit");

        var proofs = BooksFiles.Proofs(Path.Combine(reports, "summary.json"));
        foreach (var proof in proofs)
        {
            var recomputed = BooksFiles.Recomputed(proof);
            if (recomputed != 0m || BooksFiles.Figure(proof, "difference") != 0m)
                problems.Add($"proof does not close (recomputed difference {recomputed}): {proof.ToJsonString()}");
        }

        var aging = ReportFiles.Rows(Path.Combine(reports, "aging.csv"));
        foreach (var row in aging.Where(r => Buckets.Sum(b => BooksFiles.Amount(r[b])) != BooksFiles.Amount(r["total"])))
            problems.Add($"aging row {row["customer_id"]} {row["currency"]}: buckets do not add up to its total {row["total"]}");
        var agingTotals = aging.GroupBy(r => r["currency"]).ToDictionary(g => g.Key, g => g.Sum(r => Buckets.Sum(b => BooksFiles.Amount(r[b]))));
        var closings = ArClosings(reports);
        foreach (var currency in closings.Keys.Union(agingTotals.Keys).Where(k => closings.GetValueOrDefault(k) != agingTotals.GetValueOrDefault(k)))
            problems.Add($"receivables {currency}: roll-forward closes at {closings.GetValueOrDefault(currency)}, aging adds up to {agingTotals.GetValueOrDefault(currency)}");
        // Each night opens where the one before closed (a ledger's first night opens at the export's total).
        foreach (var proof in proofs.Where(p => previousClosings is not null && (string)p["name"]! == "ar_rollforward"))
        {
            var currency = (string)proof["currency"]!;
            if (BooksFiles.Figure(proof, "opening") != previousClosings!.GetValueOrDefault(currency))
                problems.Add($"receivables {currency}: opens at {BooksFiles.Figure(proof, "opening")}, the night before closed at {previousClosings!.GetValueOrDefault(currency)}");
        }

        var exceptions = ReportFiles.Rows(Path.Combine(reports, "exceptions.csv"));
        problems.AddRange(exceptions.Where(e => e["category"] == "proof_out_of_balance").Select(e => "proof_out_of_balance raised: " + e["description"]));

        // Every row written is in a report: as the source of an application, an exception or a settlement, or named by one
        // (a credit returned before it was applied is named by its return's returned_payment exception).
        var seen = string.Concat(File.ReadAllText(Path.Combine(reports, "applications.csv")), File.ReadAllText(Path.Combine(reports, "exceptions.csv")),
            File.ReadAllText(Path.Combine(reports, "settlements.csv")));
        problems.AddRange(written.Where(w => !seen.Contains(w.Id, StringComparison.Ordinal)).Select(w => $"event {w.Event} ({w.Id}) is in no application, exception or settlement"));
        return problems.Count == 0 ? null : string.Join("\n", problems);
    }

    /// <summary>The receivables roll-forward's closing per currency.</summary>
    public static Dictionary<string, decimal> ArClosings(string reports) =>
        BooksFiles.Proofs(Path.Combine(reports, "summary.json")).Where(p => (string)p["name"]! == "ar_rollforward")
            .ToDictionary(p => (string)p["currency"]!, p => BooksFiles.Figure(p, "closing"));
}
