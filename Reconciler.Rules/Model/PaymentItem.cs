namespace Reconciler.Rules.Model;

/// <summary>One payment inside a batch: a card charge, a refund, a claim payment, an ACH entry.</summary>
public sealed record PaymentItem
{
    public required string Id { get; init; }

    /// <summary>charge, refund, dispute, adjustment, fee, payment, claim, ach_entry, return, plb ...</summary>
    public required string Kind { get; init; }

    /// <summary>Signed gross: a refund is negative.</summary>
    public required decimal Gross { get; init; }

    /// <summary>The cost charged; negative when a fee is given back.</summary>
    public decimal Fee { get; init; }

    /// <summary>Gross minus fee: what the item adds to the batch.</summary>
    public decimal Net => Gross - Fee;

    public string? InvoiceReference { get; init; }

    public string? Customer { get; init; }

    /// <summary>Free text (description, memo) that may hold references.</summary>
    public string? Text { get; init; }

    public ClaimPayment? Claim { get; init; }

    public string? Location { get; init; }
}
