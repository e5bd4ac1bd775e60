using Reconciler.Tools.Generate;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books;

/// <summary>Generated nights (reconciler generate, then run): every journal entry balances and every proof closes.</summary>
public sealed class GeneratedNightBooksTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(42)]
    public void GeneratedNight_JournalBalances_AndProofsClose(int seed)
    {
        using var night = new Night();
        NightGenerator.Generate(new GenerateOptions(night.Root, Invoices: 200, BankLines: 200, Seed: seed, AsOf: AsOf));

        night.Run(AsOf);

        AssertBooksHold(night.Out(AsOf), $"seed {seed}");
        // Every generated payout and withdrawal reaches the bank in full, items not yet paid out included (they are
        // held for their processor): what each processor owed is cleared.
        var clearing = ReportFiles.Rows(Path.Combine(night.Out(AsOf), "journal.csv")).Where(r => r["account"].StartsWith("processor_clearing", StringComparison.Ordinal))
            .GroupBy(r => r["account"]).ToDictionary(g => g.Key, g => g.Sum(r => BooksFiles.Amount(r["debit"]) - BooksFiles.Amount(r["credit"])));
        Assert.That(clearing.Where(c => c.Value != 0m), Is.Empty);
    }

    [Test]
    public void SecondGeneratedNight_OnTheSameLedger_RollsTheReceivablesForwardThroughBilling()
    {
        using var night = new Night();
        NightGenerator.Generate(new GenerateOptions(night.Root, Invoices: 120, BankLines: 120, Seed: 3, AsOf: AsOf));
        night.Run(AsOf);
        // The next night's export is a different book altogether: what left it and what came in is billing.
        Directory.Delete(night.Inbox, recursive: true);
        NightGenerator.Generate(new GenerateOptions(night.Root, Invoices: 120, BankLines: 120, Seed: 4, AsOf: AsOf.AddDays(1)));

        night.Run(AsOf.AddDays(1));

        var first = BooksFiles.Proofs(Path.Combine(night.Out(AsOf), "summary.json")).Where(p => (string)p["name"]! == "ar_rollforward")
            .ToDictionary(p => (string)p["currency"]!, p => BooksFiles.Figure(p, "closing"));
        var second = BooksFiles.Proofs(Path.Combine(night.Out(AsOf.AddDays(1)), "summary.json")).Where(p => (string)p["name"]! == "ar_rollforward").ToList();
        Assert.That(second.Select(p => BooksFiles.Figure(p, "opening")), Is.EqualTo(second.Select(p => first.GetValueOrDefault((string)p["currency"]!))));
        Assert.That(second.Select(p => BooksFiles.Figure(p["movements"]!.AsObject(), "billing")), Has.Some.Not.Zero);
        AssertBooksHold(night.Out(AsOf.AddDays(1)), "second night");
    }

    /// <summary>Many small nights with random seeds (printed, so a failure can be run again): the books hold on each.</summary>
    [Test]
    public void FiftySmallGeneratedNights_AllBalanceAndClose()
    {
        var seeds = Enumerable.Range(0, 50).Select(_ => Random.Shared.Next(1, int.MaxValue)).ToList();
        TestContext.Out.WriteLine($"seeds: {string.Join(", ", seeds)}");
        Assert.Multiple(() =>
        {
            foreach (var seed in seeds)
            {
                using var night = new Night();
                NightGenerator.Generate(new GenerateOptions(night.Root, Invoices: 12, BankLines: 12, Seed: seed, AsOf: AsOf));
                night.Run(AsOf);
                AssertBooksHold(night.Out(AsOf), $"seed {seed}");
            }
        });
    }

    private static void AssertBooksHold(string reports, string which)
    {
        var balances = BooksFiles.EntryBalances(Path.Combine(reports, "journal.csv"));
        var proofs = BooksFiles.Proofs(Path.Combine(reports, "summary.json"));
        var aging = BooksFiles.AgingTotals(Path.Combine(reports, "aging.csv"));
        var exceptions = ReportFiles.Rows(Path.Combine(reports, "exceptions.csv"));

        Assert.That(balances.Where(b => b.Value != 0m).Select(b => b.Key), Is.Empty, $"{which}: unbalanced entries");
        Assert.That(proofs.Where(p => BooksFiles.Recomputed(p) != 0m).Select(p => p.ToJsonString()), Is.Empty, $"{which}: proofs that do not close");
        Assert.That(proofs.Where(p => (string)p["name"]! == "ar_rollforward").ToDictionary(p => (string)p["currency"]!, p => BooksFiles.Figure(p, "closing"))
            .Where(kv => kv.Value != aging.GetValueOrDefault(kv.Key)), Is.Empty, $"{which}: roll-forward closings that are not the aging totals");
        Assert.That(exceptions.Count(e => e["category"] == "proof_out_of_balance"), Is.Zero, $"{which}: proof_out_of_balance raised");
    }
}
