namespace Reconciler.Runs.Backtest;

/// <summary>
/// One piece of money whose decision differs between two runs of a night: <c>added</c> (only the new run applied it),
/// <c>removed</c> (only the old one did) or <c>changed</c> (both, to other invoices, amounts or by another rule).
/// Rules and invoices are joined with ";" in a fixed order; amounts are the money's total applied.
/// </summary>
public sealed record DecisionChange(
    DateOnly AsOf, string SourceKind, string SourceId, string Change,
    string BeforeRule, string BeforeInvoices, decimal? BeforeAmount,
    string AfterRule, string AfterInvoices, decimal? AfterAmount);
