using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Runs.Backtest;

/// <summary>
/// Whether a run of a night agrees with what reviewers decided on that night's exceptions. A decision is contradicted
/// when the run no longer raises its exception because a rule applied the money otherwise than the reviewer did (to
/// other invoices, or at all when the reviewer refunded, wrote off, ignored, appealed or is investigating it). A run that
/// still raises the exception, or that applies the money to exactly the invoices the reviewer chose, agrees.
/// </summary>
public static class ReviewerAgreement
{
    public sealed record Contradiction(string ExceptionId, string Action, string SourceKind, string SourceId, string ReviewerInvoices, string RunInvoices, string RunRules);

    public sealed record Result(int Decisions, int Agreed, IReadOnlyList<Contradiction> Contradicted);

    public static Result Check(IReadOnlyList<ReviewDecision> decisions, IReadOnlyList<Application> applications, IReadOnlySet<string> exceptionIds)
    {
        var bySource = applications.ToLookup(a => (a.SourceKind, a.SourceId));
        var contradicted = new List<Contradiction>();
        foreach (var d in decisions)
        {
            if (exceptionIds.Contains(d.ExceptionId)) continue;
            var applied = bySource[(d.SourceKind, d.SourceId)].ToList();
            if (applied.Count == 0) continue; // the exception went for another reason: nothing was decided against the reviewer
            var runInvoices = applied.Select(a => a.InvoiceNumber).Distinct().Order(StringComparer.Ordinal).ToList();
            var reviewerInvoices = d.ApplyTo.Select(t => t.Split('=')[0].Trim()).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
            if (d.Kind == ReviewAction.Apply && runInvoices.SequenceEqual(reviewerInvoices, StringComparer.OrdinalIgnoreCase)) continue;
            contradicted.Add(new Contradiction(d.ExceptionId, d.Action, d.SourceKind, d.SourceId, string.Join(";", reviewerInvoices),
                string.Join(";", runInvoices), string.Join(";", applied.Select(a => a.Rule).Distinct().Order(StringComparer.Ordinal))));
        }
        return new Result(decisions.Count, decisions.Count - contradicted.Count, contradicted);
    }
}
