namespace Reconciler.Ingest.PayPal;

/// <summary>One money-moving row of a PayPal download, read and checked; Fee is the cost charged.</summary>
internal sealed record PayPalRow
{
    public required int Line { get; init; }
    public required DateOnly Date { get; init; }

    /// <summary>The time as written (HH:mm:ss), used only to order rows of the same day.</summary>
    public string Time { get; init; } = "";

    public required string Currency { get; init; }
    public required string Type { get; init; }
    public required string Kind { get; init; }
    public bool IsWithdrawal { get; init; }
    public required string TransactionId { get; init; }

    /// <summary>Reference Txn ID when it names another row (refund to payment, conversion leg to parent).</summary>
    public string? ReferenceId { get; init; }

    public required decimal Gross { get; init; }
    public required decimal Fee { get; init; }
    public string? Invoice { get; init; }
    /// <summary>The Name column.</summary>
    public string? Name { get; init; }

    /// <summary>The other party's email: From for money in, To for money out.</summary>
    public string? Email { get; init; }
    public string? Text { get; init; }
}
