using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books.Reversals;

/// <summary>Reading a reversal night's reports: the fixture files of Fixtures/reversals, aging rows, reversal rows, and the books' own checks.</summary>
internal static class ReversalNight
{
    public static void Drop(Night night, string fixture) => night.Drop(fixture, File.ReadAllText(Repository.Fixture("reversals", fixture)));

    /// <summary>The customer's aging row (bucket and total), or null when it has none.</summary>
    public static Dictionary<string, string>? Aging(Night night, DateOnly asOf, string customer) =>
        ReportFiles.Rows(Path.Combine(night.Out(asOf), "aging.csv")).SingleOrDefault(r => r["customer_id"] == customer);

    public static IReadOnlyList<Dictionary<string, string>> Rows(Night night, DateOnly asOf, string report) =>
        ReportFiles.Rows(Path.Combine(night.Out(asOf), report));

    public static IReadOnlyList<Dictionary<string, string>> ReversalApplications(Night night, DateOnly asOf) =>
        Rows(night, asOf, "applications.csv").Where(r => r["rule"] == "reversal").ToList();

    /// <summary>Every journal entry balances, every proof closes, and no proof_out_of_balance was raised.</summary>
    public static void AssertBooksClose(Night night, DateOnly asOf)
    {
        var outDir = night.Out(asOf);
        var unbalanced = BooksFiles.EntryBalances(Path.Combine(outDir, "journal.csv")).Where(b => b.Value != 0m).Select(b => $"{b.Key}: {b.Value}");
        Assert.That(unbalanced, Is.Empty, "journal entries that do not balance");
        foreach (var proof in BooksFiles.Proofs(Path.Combine(outDir, "summary.json")))
            Assert.That(BooksFiles.Recomputed(proof), Is.Zero, $"{proof["name"]} {proof["currency"]} {proof["bank_account"]}");
        Assert.That(Rows(night, asOf, "exceptions.csv").Select(e => e["category"]), Has.None.EqualTo("proof_out_of_balance"));
    }
}
