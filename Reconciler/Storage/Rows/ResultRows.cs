using System.Globalization;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Storage.Rows;

/// <summary>A night's results as rows of its result tables (in <see cref="StoreTables"/>' column order).</summary>
internal static class ResultRows
{
    public static object?[] OpenItem(string runId, OpenItem i, decimal exportedOpen) =>
    [
        runId, i.InvoiceNumber, i.CustomerId, i.CustomerName, i.IssueDate, i.DueDate, i.Currency, Fixed4.ToStore(i.Amount),
        Fixed4.ToStore(i.OpenAmount), Fixed4.ToStore(exportedOpen), i.Responsible, i.CreatedFrom,
        // Only a patient item keeps the name (its statement needs it on later nights); a payer's claim row never does.
        i.Responsible == Reconciler.Rules.Aging.Responsibility.Patient ? i.Patient?.Reveal() : null,
    ];

    public static object?[] Application(string runId, Application a) =>
    [
        runId, a.SourceKind, a.SourceId, a.SourceFile, a.InvoiceNumber, a.CustomerId, Fixed4.ToStore(a.AppliedAmount), a.Currency, a.Rule,
        a.Confidence.ToString(CultureInfo.InvariantCulture), a.Explanation, a.CashDate,
    ];

    public static object?[] Settlement(string runId, Settlement s) =>
    [
        runId, s.BankLineId, Fixed4.ToStore(s.BankAmount), s.Currency, s.BatchKind, s.BatchId, Fixed4.ToStore(s.BatchAmount), s.Status, s.Rule,
        s.BatchKey, s.Explanation,
    ];

    /// <summary>One step of the decision trail: the rule that looked at a source, what it concluded, and why.</summary>
    public static object?[] TrailStep(string runId, TrailEntry t) => [runId, t.SourceId, t.Step, t.Rule, t.Outcome, t.Detail];

    public static object?[] Position(string runId, string sourceId, decimal remaining) => [runId, sourceId, Fixed4.ToStore(remaining)];
}
