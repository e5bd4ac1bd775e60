namespace Reconciler.Rules.Model;

/// <summary>An amount applied to one open item, with the rule that decided it and why.</summary>
public sealed record Application(
    string SourceKind,
    string SourceId,
    string? SourceFile,
    string InvoiceNumber,
    string CustomerId,
    decimal AppliedAmount,
    string Currency,
    string Rule,
    decimal Confidence,
    string Explanation)
{
    /// <summary>When the money behind it came (the bank or payment date); for adjustments, the same.</summary>
    public DateOnly? CashDate { get; init; }
}
