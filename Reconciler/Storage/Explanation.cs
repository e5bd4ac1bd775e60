namespace Reconciler.Storage;

/// <summary>
/// Everything the store knows about one id, as rows, newest night first: what the id is (an exception, a bank line or
/// payment item, an invoice) and its history. The console tells it as a story (<c>explain</c>).
/// </summary>
public sealed record Explanation
{
    public required string Id { get; init; }

    /// <summary>The exception the id names (on the latest completed night that raised it), with <see cref="Source"/> the story of what it is about.</summary>
    public ExceptionFacts? Exception { get; init; }

    /// <summary>For an exception: what the store knows of its source (null when that is unknown).</summary>
    public Explanation? Source { get; init; }

    public IReadOnlyList<BankLineFacts> BankLines { get; init; } = [];
    public IReadOnlyList<PaymentItemFacts> PaymentItems { get; init; } = [];

    /// <summary>An invoice's open balance on each completed night that exported it.</summary>
    public IReadOnlyList<InvoiceNight> InvoiceNights { get; init; } = [];

    /// <summary>Every rule that looked at the bank line or payment item, night by night.</summary>
    public IReadOnlyList<TrailStepFacts> Trail { get; init; } = [];

    public IReadOnlyList<ApplicationFacts> Applications { get; init; } = [];
    public IReadOnlyList<SettlementFacts> Settlements { get; init; } = [];
    public IReadOnlyList<ExceptionNight> Exceptions { get; init; } = [];

    public bool IsSource => BankLines.Count > 0 || PaymentItems.Count > 0;
}

public sealed record ExceptionFacts(string ExceptionId, string Category, string SourceKind, string SourceId, string? InvoiceNumber, DateOnly FirstSeen,
    DateOnly LastNight, string Description, string SuggestedAction, string? CandidatesJson);

public sealed record BankLineFacts(string LineId, string FileName, string? Location, DateOnly BookingDate, decimal Amount, string Currency, string Status,
    string? Counterparty, string? Remittance, string? CustomerReference, string? BankReference);

public sealed record PaymentItemFacts(string ItemKey, string ItemId, string Kind, decimal Gross, decimal Fee, string? InvoiceReference, string BatchKind,
    string BatchId, string FileName);

public sealed record InvoiceNight(DateOnly Night, string InvoiceNumber, string CustomerId, string CustomerName, DateOnly DueDate, decimal Amount,
    decimal OpenAtStart, string Currency);

public sealed record TrailStepFacts(DateOnly Night, int Step, string Rule, string Outcome, string Detail);

public sealed record ApplicationFacts(DateOnly Night, string SourceKind, string SourceId, string InvoiceNumber, decimal Applied, string Currency, string Rule,
    string Confidence, string Explanation);

public sealed record SettlementFacts(DateOnly Night, string BatchKind, string BatchId, decimal BankAmount, decimal BatchAmount, string Status, string? Explanation);

public sealed record ExceptionNight(DateOnly Night, string ExceptionId, string Category, string Description);
