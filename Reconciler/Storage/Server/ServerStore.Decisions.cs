using System.Text.Json;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage.Server;

public abstract partial class ServerStore
{
    public (DateOnly? AsOf, IReadOnlyList<ExceptionOnFile> Exceptions) LatestExceptions()
    {
        var asOf = Read(Sql.Stored.LatestAsOf, r => Date(r, 0));
        if (asOf.Count == 0) return (null, []);
        var exceptions = Read(Sql.Stored.LatestExceptions, r => new ExceptionOnFile(
            Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), NullableText(r, 4), NullableAmount(r, 5), Text(r, 6)));
        return (asOf[0], exceptions);
    }

    public IReadOnlyDictionary<string, decimal> LatestOpenBalances()
    {
        var open = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (invoice, amount) in Read(Sql.Stored.LatestOpenBalances, r => (Text(r, 0), Amount(r, 1)))) open[invoice] = amount;
        return open;
    }

    public bool RecordDecisions(string fileName, string contentHash, DateOnly answersAsOf, IReadOnlyList<DecisionRecord> decisions, DateTimeOffset at)
    {
        var facts = LatestExceptions().Exceptions.ToDictionary(e => e.ExceptionId, StringComparer.Ordinal);
        using var unit = Begin();
        var sql = Sql.Decisions;
        if (Execute(sql.InsertImport, ("@hash", contentHash), ("@file", fileName), ("@asOf", answersAsOf), ("@at", Instant(at)), ("@count", decisions.Count)) == 0)
            return false;
        foreach (var d in decisions)
        {
            var fact = facts[d.ExceptionId];
            Execute(sql.Insert, ("@hash", contentHash), ("@exception", d.ExceptionId), ("@action", d.Action),
                ("@applyTo", d.ApplyTo.Count == 0 ? null : JsonSerializer.Serialize(d.ApplyTo)), ("@note", d.Note), ("@sheet", d.Sheet), ("@row", d.Row),
                ("@category", fact.Category), ("@sourceKind", fact.SourceKind), ("@sourceId", fact.SourceId), ("@invoice", fact.InvoiceNumber));
        }
        unit.Commit();
        return true;
    }

    public IReadOnlyList<ReviewDecision> DecisionsFor(DateOnly asOf) => Read(Sql.Decisions.For, r => new ReviewDecision(
        Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), NullableText(r, 4), Json<List<string>>(NullableText(r, 5)) ?? [], NullableText(r, 6),
        $"{Text(r, 7)}, sheet {Text(r, 8)}, row {Long(r, 9)}"), ("@asOf", asOf));
}
