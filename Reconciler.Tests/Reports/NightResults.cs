using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Runs;
using Reconciler.Storage;

namespace Reconciler.Tests.Reports;

/// <summary>Hand-made nights for report tests: sensible defaults, only what a test cares about given.</summary>
public static class NightResults
{
    public static readonly DateOnly AsOf = new(2025, 3, 15);

    public static NightResult With(
        IEnumerable<Discrepancy>? exceptions = null, IEnumerable<OpenItem>? items = null, IEnumerable<OutstandingCash>? cash = null,
        IEnumerable<Application>? applications = null, IEnumerable<InputReport>? inputs = null)
    {
        var cashList = cash?.ToList() ?? [];
        var applied = applications?.ToList() ?? [];
        var unapplied = cashList.ToDictionary(c => c.Transaction.Id,
            c => c.Remaining - applied.Where(a => a.SourceId == c.Transaction.Id && a.SourceKind != SourceKind.Adjustment).Sum(a => a.AppliedAmount));
        return new()
        {
            RunId = "R20250315-TEST",
            AsOf = AsOf,
            Status = "completed",
            Inputs = inputs?.ToList() ?? [new InputReport("bank.csv", "csv", 1, "ingested", [])],
            OpenItems = items?.ToList() ?? [],
            Cash = cashList,
            Matching = new MatchingResult(applied, [], [], unapplied),
            Exceptions = (exceptions ?? []).Select(d => (d, AsOf.AddDays(-3))).ToList(),
        };
    }

    public static Discrepancy Exception(int n, string category = DiscrepancyCategory.UnmatchedReceipt, Severity severity = Severity.Error,
        decimal? amount = 100m, string? invoice = null) => new()
    {
        Category = category,
        Severity = severity,
        SourceKind = SourceKind.BankLine,
        SourceId = $"line-{n:D6}",
        InvoiceNumber = invoice,
        Amount = amount,
        ExpectedAmount = invoice is null ? null : amount + 50m,
        Currency = "USD",
        Description = $"exception number {n} with a description long enough to need wrapping in a narrow column",
        SuggestedAction = "Identify the payer",
    };

    public static OpenItem Invoice(string number, string customer, DateOnly due, decimal open, string currency = "USD") =>
        new(number, customer, $"{customer} Inc", due.AddDays(-30), due, currency, open, open);

    public static OutstandingCash Credit(string id, decimal amount, string remittance, string account = "000123456789") =>
        new(new BankTransaction { Id = id, Account = account, BookingDate = AsOf, Amount = amount, Currency = "USD", Remittance = remittance },
            "bank.csv", amount, AsOf);

    public static Application Applied(string invoice, decimal amount, string sourceKind = SourceKind.BankLine, string rule = "reference_exact_amount") =>
        new(sourceKind, "line-000001", "bank.csv", invoice, "C-1", amount, "USD", rule, 1m, "test");
}
