namespace Reconciler.Rules.Matching;

/// <summary>
/// A reviewer's decision on an exception, as the engine acts on it the next night. <see cref="Action"/> is the
/// contract's word as stored (apply: a manual application of the exception's money to <see cref="ApplyTo"/>,
/// write_off, refund, appeal, ignore, investigate); <see cref="Kind"/> is the same as an enum.
/// <see cref="Reference"/> says where it came from (file, sheet, row) for the audit trail.
/// </summary>
public sealed record ReviewDecision(
    string ExceptionId, string Action, string SourceKind, string SourceId, string? InvoiceNumber,
    IReadOnlyList<string> ApplyTo, string? Note, string Reference)
{
    /// <summary>Decisions that close the exception (investigate keeps it open, marked; so does appeal, until the payer answers).</summary>
    public bool Closes => Kind is not (ReviewAction.Investigate or ReviewAction.Appeal);

    /// <summary>The action, from its word.</summary>
    public ReviewAction Kind => ReviewActions.Parse(Action);
}
