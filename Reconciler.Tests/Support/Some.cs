using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Tests.Support;

/// <summary>Builders with sensible defaults for rule and engine tests: say only what the test is about.</summary>
public static class Some
{
    public static readonly DateOnly Night = new(2025, 3, 14);

    public static OpenItem Invoice(string number, decimal open, string customer = "C-1", string name = "Globex Corp",
        string currency = "USD", decimal? amount = null, DateOnly? due = null, DateOnly? issued = null) =>
        new(number, customer, name, issued ?? Night.AddDays(-30), due ?? Night.AddDays(-1), currency, amount ?? open, open);

    public static CashCandidate Payment(decimal amount, string text = "", string id = "B-1", string currency = "USD",
        DateOnly? date = null, string? counterparty = null, string kind = SourceKind.BankLine) => new()
    {
        SourceKind = kind,
        SourceId = id,
        SourceFile = "bank.csv",
        Amount = amount,
        Currency = currency,
        Date = date ?? Night,
        Counterparty = counterparty,
        Texts = text.Length == 0 ? [] : [text],
    };

    public static MatchContext Context(params OpenItem[] items) => new(new OpenItemLedger(items), Night, []);

    public static MatchContext Context(IEnumerable<PriorPayment> prior, params OpenItem[] items) => new(new OpenItemLedger(items), Night, prior);
}
