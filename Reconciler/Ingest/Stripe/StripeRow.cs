using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Stripe;

/// <summary>One balance-transaction row of a Stripe export, read and checked, with what grouping needs.</summary>
internal sealed record StripeRow
{
    public required int Line { get; init; }

    /// <summary>The payout the row was paid out in (po_...), or null while it waits for one.</summary>
    public string? PayoutId { get; init; }

    /// <summary>The payout's effective date as the row states it (automatic_payout_effective_at, Transfer Date).</summary>
    public DateOnly? PayoutDate { get; init; }

    public DateOnly? Created { get; init; }

    public DateOnly? AvailableOn { get; init; }

    public required string Currency { get; init; }

    /// <summary>True for the payout's own balance transaction (category payout): it is not an item.</summary>
    public bool IsPayout { get; init; }

    /// <summary>The row as it would sit in a batch (for a payout row: its signed amounts).</summary>
    public required PaymentItem Item { get; init; }
}
