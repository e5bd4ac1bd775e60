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

    private const string StripeHeader = "automatic_payout_id,automatic_payout_effective_at,balance_transaction_id,created_utc,available_on_utc,currency,gross,fee,net,"
        + "reporting_category,source_id,charge_id,description,customer_name,customer_email,payment_metadata[invoice_number]\n";

    /// <summary>One Stripe payout file per night, from <paramref name="first"/> on (a row may be empty: a quiet night): each night reads only its own.</summary>
    public static void StripeNights(Night night, DateOnly first, params string[] rowPerNight)
    {
        for (var n = 0; n < rowPerNight.Length; n++)
        {
            var file = $"stripe-payout-reconciliation-{n + 1}.csv";
            if (rowPerNight[n].Length > 0) night.Drop(file, StripeHeader + rowPerNight[n] + "\n");
            night.Run(first.AddDays(n));
            if (rowPerNight[n].Length > 0) File.Delete(Path.Combine(night.Inbox, file));
        }
    }

    /// <summary>Debits minus credits of the night's journal lines on <paramref name="account"/> (summed here from journal.csv), optionally of one rule.</summary>
    public static decimal JournalNet(Night night, DateOnly asOf, string account, string? rule = null) =>
        Rows(night, asOf, "journal.csv").Where(r => r["account"] == account && (rule is null || r["rule"] == rule))
            .Sum(r => BooksFiles.Amount(r["debit"]) - BooksFiles.Amount(r["credit"]));

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
