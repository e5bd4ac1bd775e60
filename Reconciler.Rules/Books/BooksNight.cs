using Reconciler.Rules.Model;

namespace Reconciler.Rules.Books;

/// <summary>A bank credit first read on the night: it comes into cash on that night.</summary>
public sealed record BankReceipt(string Id, string Account, string Currency, decimal Amount);

/// <summary>A batch item (card charge, refund, claim payment, PLB, ACH entry) first read on the night.</summary>
public sealed record ItemReceipt(string Key, string SourceKind, string BatchKind, string Kind, string Currency, decimal Gross, decimal Fee, string? Text);

/// <summary>Money a reviewer closed without applying it (refunded, or written off), and how much of it was left.</summary>
public sealed record MoneyClosing(string SourceKind, string SourceId, string Currency, decimal Amount, string Action);

/// <summary>What the journal of one night is built from: what came in, and what the night decided.</summary>
public sealed record BooksNight
{
    public required DateOnly AsOf { get; init; }
    public IReadOnlyList<BankReceipt> Receipts { get; init; } = [];
    public IReadOnlyList<ItemReceipt> Items { get; init; } = [];
    public IReadOnlyList<Settlement> Settlements { get; init; } = [];
    public IReadOnlyList<Application> Applications { get; init; } = [];
    public IReadOnlyList<MoneyClosing> Closings { get; init; } = [];

    /// <summary>The night's returns, refunds and disputes with what each undid (a bank debit among them is journalled as money leaving the bank).</summary>
    public IReadOnlyList<Matching.Reversal> Reversals { get; init; } = [];
    /// <summary>The items patients owe (claims' <c>-PR</c> items): their receivable is the patient receivable account.</summary>
    public IReadOnlySet<string> PatientItems { get; init; } = new HashSet<string>();
}
