namespace Reconciler.Rules.Matching;

/// <summary>
/// One return, refund or dispute of the night (or a won dispute giving the money back), with what it undid: the open
/// items it reopened (negative applications, rule <c>reversal</c>) and what it took off money not yet applied. The
/// journal books the row's money against these; the cash proof shows the second as <c>returned</c>.
/// </summary>
/// <param name="SourceKind">bank_line for a bank debit, payment_item for a batch item.</param>
/// <param name="Amount">The row's signed amount (negative: money going back).</param>
/// <param name="OriginalSourceId">The payment it undoes, or null when none was found.</param>
/// <param name="Reopened">What it reopened (positive), or for a won dispute minus what it applied again.</param>
/// <param name="UnappliedReduced">What it took off the original's unapplied rest.</param>
public sealed record Reversal(
    string SourceKind, string SourceId, string Kind, string Currency, decimal Amount,
    string? OriginalSourceKind, string? OriginalSourceId, decimal Reopened, decimal UnappliedReduced)
{
    /// <summary>For a bank debit: the account it was booked on.</summary>
    public string? Account { get; init; }

    /// <summary>For an original that is a bank line: its account (a return of unapplied money leaves that account's proof).</summary>
    public string? OriginalAccount { get; init; }

    /// <summary>For a bank debit that is the bank's side of a return file's entry: that entry (the return is booked once, by it).</summary>
    public string? SettledBy { get; init; }
}
