namespace Reconciler.Rules.Model;

/// <summary>A group of payments that reaches the bank as one amount (a payout, a remittance, an ACH batch).</summary>
public sealed record PaymentBatch
{
    /// <summary>stripe_payout, paypal_withdrawal, era_835, ach_batch, or pending (items not yet paid out).</summary>
    public required string Kind { get; init; }

    public required string Id { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>What the batch brings to the bank, positive for money in.</summary>
    public required decimal Amount { get; init; }

    public required string Currency { get; init; }

    /// <summary>Reassociation trace (835 TRN02 and TRN03, ACH trace).</summary>
    public string? Trace { get; init; }

    /// <summary>How the money travels (835 BPR04: ACH, CHK, FWT, NON, BOP); for a check, <see cref="Id"/> is the check number.</summary>
    public string? Method { get; init; }

    /// <summary>Payer or originator name, for explanations.</summary>
    public string? Payer { get; init; }

    public required IReadOnlyList<PaymentItem> Items { get; init; }

    public string? Location { get; init; }
}
