namespace Reconciler.Rules.Matching;

/// <summary>
/// What a reviewer decided about an exception. The workbook, the store and the trail keep the contract's words
/// (<c>apply</c>, <c>write_off</c>, ...; see <see cref="ReviewActions"/>); the engine decides on these.
/// </summary>
public enum ReviewAction
{
    /// <summary>Apply the exception's money to the invoices the reviewer named.</summary>
    Apply,

    /// <summary>Write off an invoice's remainder, or the unapplied money.</summary>
    WriteOff,

    /// <summary>The money goes back to the payer: it is closed here.</summary>
    Refund,

    /// <summary>A denial is appealed: recorded, nothing moves.</summary>
    Appeal,

    /// <summary>Nothing to do.</summary>
    Ignore,

    /// <summary>Keep the exception open, marked as under investigation.</summary>
    Investigate,
}
