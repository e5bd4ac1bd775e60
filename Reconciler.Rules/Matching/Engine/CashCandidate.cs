using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>Money waiting to be applied: a bank credit, a processor payment item, or an 835 claim payment.</summary>
public sealed record CashCandidate
{
    /// <summary>bank_line, payment_item or claim_payment.</summary>
    public required string SourceKind { get; init; }

    public required string SourceId { get; init; }

    public string? SourceFile { get; init; }

    /// <summary>What is still unapplied (positive for money in). For a processor item this is the gross: the customer paid it; the fee is the processor's cost, seen in settlement.</summary>
    public required decimal Amount { get; init; }

    public required string Currency { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>The payer's name as the source gives it.</summary>
    public string? Counterparty { get; init; }

    /// <summary>An explicit invoice reference field (Stripe metadata, PayPal invoice number, CLP01).</summary>
    public string? InvoiceReference { get; init; }

    /// <summary>Every free text that may carry invoice references.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];

    /// <summary>For a bank line: the bank's transaction type code (BAI2 type, camt family, ...).</summary>
    public string? TypeCode { get; init; }

    /// <summary>For a bank line: whether the bank marks it as a reversal.</summary>
    public bool Reversal { get; init; }

    /// <summary>For a batch item: the item kind (charge, refund, dispute, claim, ...).</summary>
    public string? ItemKind { get; init; }

    /// <summary>For a batch item: the batch it came in (kind and id), for explanations.</summary>
    public string? BatchKind { get; init; }

    public string? BatchId { get; init; }

    /// <summary>For an 835 claim payment: what the payer said about the claim.</summary>
    public ClaimPayment? Claim { get; init; }

    /// <summary>For a batch item: its id in the source (NACHA trace number, PayPal transaction id, Stripe balance transaction), which a reversal names.</summary>
    public string? ItemId { get; init; }

    /// <summary>For a bank line: the account it was booked on (a return is looked for on the same account).</summary>
    public string? Account { get; init; }

    /// <summary>What the money was when it came, before any night applied some of it (null: <see cref="Amount"/>).</summary>
    public decimal? FullAmount { get; init; }
}
