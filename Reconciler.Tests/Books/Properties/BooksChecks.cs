using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books.Properties;

/// <summary>What must hold after every night, summed here from the report files, not with the code under test.</summary>
public static class BooksChecks
{
    private static readonly string[] Buckets = ["current", "d1_30", "d31_60", "d61_90", "d91_plus"];

    /// <summary>Null when the books hold; otherwise what does not.</summary>
    public static Failure? Night(string reports, IReadOnlyDictionary<string, decimal>? previousClosings, IReadOnlyList<(NightEvent Event, string Id)> written,
        IEnumerable<string> exported)
    {
        var problems = new List<Failure>();
        var journal = ReportFiles.Rows(Path.Combine(reports, "journal.csv"));
        foreach (var entry in journal.GroupBy(r => r["entry_id"]))
        {
            if (entry.Select(r => r["currency"]).Distinct().Count() != 1) problems.Add(new("journal_currency", $"journal entry {entry.Key} mixes currencies"));
            var balance = entry.Sum(r => BooksFiles.Amount(r["debit"]) - BooksFiles.Amount(r["credit"]));
            if (balance != 0m) problems.Add(new("journal_unbalanced", $"journal entry {entry.Key} ({entry.First()["source_kind"]} {entry.First()["rule"]}) is out by {balance} {entry.First()["currency"]}"));
        }
        if (BooksFiles.OneSidedViolations(Path.Combine(reports, "journal.csv")) > 0) problems.Add(new("journal_line", "journal lines with both or neither of debit and credit"));

        var proofs = BooksFiles.Proofs(Path.Combine(reports, "summary.json"));
        foreach (var proof in proofs)
        {
            var recomputed = BooksFiles.Recomputed(proof);
            if (recomputed != 0m || BooksFiles.Figure(proof, "difference") != 0m)
                problems.Add(new("proof_open", $"proof does not close (recomputed difference {recomputed}): {proof.ToJsonString()}"));
        }

        var aging = ReportFiles.Rows(Path.Combine(reports, "aging.csv"));
        foreach (var row in aging.Where(r => Buckets.Sum(b => BooksFiles.Amount(r[b])) != BooksFiles.Amount(r["total"])))
            problems.Add(new("aging_row", $"aging row {row["customer_id"]} {row["currency"]}: buckets do not add up to its total {row["total"]}"));
        var agingTotals = aging.GroupBy(r => r["currency"]).ToDictionary(g => g.Key, g => g.Sum(r => Buckets.Sum(b => BooksFiles.Amount(r[b]))));
        var closings = ArClosings(reports);
        foreach (var currency in closings.Keys.Union(agingTotals.Keys).Where(k => closings.GetValueOrDefault(k) != agingTotals.GetValueOrDefault(k)))
            problems.Add(new("ar_closing", $"receivables {currency}: roll-forward closes at {closings.GetValueOrDefault(currency)}, aging adds up to {agingTotals.GetValueOrDefault(currency)}"));
        // Each night opens where the one before closed (a ledger's first night opens at the export's total).
        foreach (var proof in proofs.Where(p => previousClosings is not null && (string)p["name"]! == "ar_rollforward"))
        {
            var currency = (string)proof["currency"]!;
            if (BooksFiles.Figure(proof, "opening") != previousClosings!.GetValueOrDefault(currency))
                problems.Add(new("ar_opening", $"receivables {currency}: opens at {BooksFiles.Figure(proof, "opening")}, the night before closed at {previousClosings!.GetValueOrDefault(currency)}"));
        }

        // The journal moves the receivables as the roll-forward says the night's decisions did (billing is billing's own posting).
        // (Patients' receivables, the -PR items of claims, are their own account, patient_receivable; aging holds both.)
        var journalAr = journal.Where(r => r["account"] is "accounts_receivable" or "patient_receivable").GroupBy(r => r["currency"])
            .ToDictionary(g => g.Key, g => g.Sum(r => BooksFiles.Amount(r["debit"]) - BooksFiles.Amount(r["credit"])));
        foreach (var proof in proofs.Where(p => (string)p["name"]! == "ar_rollforward"))
        {
            var currency = (string)proof["currency"]!;
            var decided = proof["movements"]!.AsObject().Where(m => m.Key is not ("billing" or "credit_notes")).Sum(m => BooksFiles.Amount(m.Value!.GetValue<string>()));
            if (decided != journalAr.GetValueOrDefault(currency))
                problems.Add(new("ar_journal", $"receivables {currency}: the journal moves them by {journalAr.GetValueOrDefault(currency)}, the roll-forward's decisions by {decided}"));
        }
        foreach (var currency in exported.Except(proofs.Where(p => (string)p["name"]! == "ar_rollforward").Select(p => (string)p["currency"]!)))
            problems.Add(new("ar_missing", $"no receivables roll-forward for {currency}, a currency of the export"));

        var exceptions = ReportFiles.Rows(Path.Combine(reports, "exceptions.csv"));
        problems.AddRange(exceptions.Where(e => e["category"] == "proof_out_of_balance").Select(e => new Failure("proof_out_of_balance", e["description"])));

        // Every row written is in a report: as the source of an application, an exception or a settlement, or named by one
        // (a credit returned before it was applied is named by its return's returned_payment exception).
        var seen = string.Concat(File.ReadAllText(Path.Combine(reports, "applications.csv")), File.ReadAllText(Path.Combine(reports, "exceptions.csv")),
            File.ReadAllText(Path.Combine(reports, "settlements.csv")));
        problems.AddRange(written.Where(w => !seen.Contains(w.Id, StringComparison.Ordinal)).Select(w => new Failure("lost", $"event {w.Event} ({w.Id}) is in no application, exception or settlement")));
        return problems.Count == 0 ? null : problems[0] with { Text = string.Join("\n", problems.Select(p => $"[{p.Kind}] {p.Text}")) };
    }

    /// <summary>The receivables roll-forward's closing per currency.</summary>
    public static Dictionary<string, decimal> ArClosings(string reports) =>
        BooksFiles.Proofs(Path.Combine(reports, "summary.json")).Where(p => (string)p["name"]! == "ar_rollforward")
            .ToDictionary(p => (string)p["currency"]!, p => BooksFiles.Figure(p, "closing"));
}
