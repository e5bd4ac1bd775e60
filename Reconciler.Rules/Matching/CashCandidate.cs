namespace Reconciler.Rules.Matching;

/// <summary>Money waiting to be applied: a bank credit, a processor payment item, or an 835 claim payment.</summary>
public sealed record CashCandidate
{
    /// <summary>bank_line, payment_item or claim_payment.</summary>
    public required string SourceKind { get; init; }

    public required string SourceId { get; init; }

    public string? SourceFile { get; init; }

    /// <summary>What is still unapplied (positive).</summary>
    public required decimal Amount { get; init; }

    public required string Currency { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>The payer's name as the source gives it.</summary>
    public string? Counterparty { get; init; }

    /// <summary>An explicit invoice reference field (Stripe metadata, PayPal invoice number, CLP01).</summary>
    public string? InvoiceReference { get; init; }

    /// <summary>Every free text that may carry invoice references.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];
}
