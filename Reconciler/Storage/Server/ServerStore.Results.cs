using System.Globalization;
using System.Text.Json;

namespace Reconciler.Storage.Server;

public abstract partial class ServerStore
{
    /// <summary>The night's results in one transaction: bulk copies of every result table, then set-based bookkeeping.</summary>
    public void CompleteRun(CompletedRun run)
    {
        var id = run.RunId;
        using var unit = Begin();
        Execute(Sql.Runs.Supersede, ("@asOf", run.AsOf), ("@run", id));
        Bulk(ServerTables.Snapshots, run.OpenItems.Select(i => new object?[]
        {
            id, i.InvoiceNumber, i.CustomerId, i.CustomerName, i.IssueDate, i.DueDate, i.Currency, Fixed4.ToStore(i.Amount),
            Fixed4.ToStore(i.OpenAmount), Fixed4.ToStore(run.ExportedOpen.GetValueOrDefault(i.InvoiceNumber, i.OpenAmount)),
        }).ToList());
        Bulk(ServerTables.Applications, run.Matching.Applications.Select(a => new object?[]
        {
            id, a.SourceKind, a.SourceId, a.SourceFile, a.InvoiceNumber, a.CustomerId, Fixed4.ToStore(a.AppliedAmount), a.Currency, a.Rule,
            a.Confidence.ToString(CultureInfo.InvariantCulture), a.Explanation, a.CashDate,
        }).ToList());
        Bulk(ServerTables.Settlements, run.Matching.Settlements.Select(s => new object?[]
        {
            id, s.BankLineId, Fixed4.ToStore(s.BankAmount), s.Currency, s.BatchKind, s.BatchId, Fixed4.ToStore(s.BatchAmount), s.Status, s.Rule,
            s.BatchKey, s.Explanation,
        }).ToList());
        Bulk(ServerTables.DecisionTrail, run.Matching.Trail.Select(t => new object?[] { id, t.SourceId, t.Step, t.Rule, t.Outcome, t.Detail }).ToList());
        Bulk(ServerTables.CashPositions, run.Matching.UnappliedBySource.Select(p => new object?[] { id, p.Key, Fixed4.ToStore(p.Value) }).ToList());
        Bulk(ServerTables.Exceptions, run.Exceptions.Select(e => new object?[]
        {
            id, e.Discrepancy.Id, e.Discrepancy.Category, e.Discrepancy.Severity.ToString().ToLowerInvariant(), e.Discrepancy.SourceKind,
            e.Discrepancy.SourceId, e.Discrepancy.InvoiceNumber, e.Discrepancy.CustomerId, Fixed4.ToStore(e.Discrepancy.Amount),
            Fixed4.ToStore(e.Discrepancy.ExpectedAmount), e.Discrepancy.Currency, e.FirstSeen, e.Discrepancy.Description,
            e.Discrepancy.SuggestedAction, e.Discrepancy.Candidates.Count == 0 ? null : JsonSerializer.Serialize(e.Discrepancy.Candidates),
        }).ToList());
        Execute(Sql.Results.RegisterExceptions, ("@run", id), ("@asOf", run.AsOf));
        Execute(Sql.Runs.Complete, ("@run", id), ("@at", Instant(run.FinishedAt)), ("@counts", run.CountsJson));
        run.BeforeCommit?.Invoke();
        unit.Commit();
    }
}
