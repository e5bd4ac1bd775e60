using System.Globalization;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Storage.Rows;

/// <summary>A night's results as rows of its result tables (in <see cref="StoreTables"/>' column order).</summary>
internal static class ResultRows
{
    public static void OpenItem(BulkRows w, string runId, OpenItem i, decimal exportedOpen) =>
        w.Text(runId).Text(i.InvoiceNumber).Text(i.CustomerId).Text(i.CustomerName).Date(i.IssueDate).Date(i.DueDate).Text(i.Currency)
            .Amount(i.Amount).Amount(i.OpenAmount).Amount(exportedOpen).Text(i.Responsible).Text(i.CreatedFrom)
            // The patient's name and id as billing gave them: a patient item's statement reads them on later nights, and a claim's
            // are what its patient item is given when a rerun or a backtest posts the claim again.
            .Text(i.Patient?.Reveal()).Text(i.PatientId).Text(i.SecondaryPayerId).EndRow();

    public static void Application(BulkRows w, string runId, Application a, string confidence) =>
        w.Text(runId).Text(a.SourceKind).Text(a.SourceId).Text(a.SourceFile).Text(a.InvoiceNumber).Text(a.CustomerId).Amount(a.AppliedAmount)
            .Text(a.Currency).Text(a.Rule).Text(confidence).Text(a.Explanation).Date(a.CashDate).EndRow();

    public static void Settlement(BulkRows w, string runId, Settlement s) =>
        w.Text(runId).Text(s.BankLineId).Amount(s.BankAmount).Text(s.Currency).Text(s.BatchKind).Text(s.BatchId).Amount(s.BatchAmount)
            .Text(s.Status).Text(s.Rule).Text(s.BatchKey).Text(s.Explanation).EndRow();

    public static void Position(BulkRows w, string runId, string sourceId, decimal remaining) =>
        w.Text(runId).Text(sourceId).Amount(remaining).EndRow();

    public static void Reversal(BulkRows w, string runId, int ordinal, Reconciler.Rules.Matching.Reversal r) =>
        w.Text(runId).Int(ordinal).Text(r.SourceKind).Text(r.SourceId).Text(r.Kind).Text(r.Currency).Amount(r.Amount)
            .Text(r.OriginalSourceKind).Text(r.OriginalSourceId).Amount(r.Reopened).Amount(r.UnappliedReduced)
            .Text(r.Account).Text(r.OriginalAccount).Text(r.SettledBy).EndRow();

    /// <summary>A confidence as stored; a night has a handful of them, so each is made text once.</summary>
    public static string Confidence(Dictionary<decimal, string> texts, decimal confidence)
    {
        if (!texts.TryGetValue(confidence, out var text)) texts[confidence] = text = confidence.ToString(CultureInfo.InvariantCulture);
        return text;
    }
}
