using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Storage.Server;

public abstract partial class ServerStore
{
    public StoredRun? LoadRun(DateOnly asOf, bool orEarlier = false)
    {
        var run = Runs(int.MaxValue).Where(r => r.Status == "completed" && (orEarlier ? r.AsOf <= asOf : r.AsOf == asOf))
            .OrderByDescending(r => r.AsOf).FirstOrDefault();
        if (run is null) return null;
        var sql = Sql.Stored;
        var id = ("@run", (object?)run.RunId);

        var inputs = Read(sql.Inputs, r => (Text(r, 0), Text(r, 1), (int)Long(r, 2), Text(r, 3), Text(r, 4)), id);
        var snapshot = Read(sql.OpenItems, r => (Item: new OpenItem(Text(r, 0), Text(r, 1), Text(r, 2), Date(r, 3), Date(r, 4), Text(r, 5),
            Amount(r, 6), Amount(r, 7)), Exported: Amount(r, 8)), id);
        var applications = Read(sql.Applications, r => new Application(Text(r, 0), Text(r, 1), NullableText(r, 2), Text(r, 3), Text(r, 4), Amount(r, 5),
            Text(r, 6), Text(r, 7), decimal.Parse(Text(r, 8), CultureInfo.InvariantCulture), Text(r, 9)) { CashDate = NullableDate(r, 10) }, id);
        var settlements = Read(sql.Settlements, r => new Settlement(Text(r, 0), Amount(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Amount(r, 5),
            Text(r, 6), Text(r, 7)) { BatchKey = NullableText(r, 8) ?? "", Explanation = NullableText(r, 9) ?? "" }, id);
        var positions = Read(sql.Positions, r => (Text(r, 0), Amount(r, 1)), id);
        var exceptions = Read(sql.Exceptions, Carried, id);

        return new StoredRun
        {
            Run = run,
            Inputs = inputs,
            OpenItems = snapshot.Select(s => s.Item).ToList(),
            ExportedOpen = snapshot.ToDictionary(s => s.Item.InvoiceNumber, s => s.Exported, StringComparer.Ordinal),
            Applications = applications,
            Settlements = settlements,
            Exceptions = exceptions.Select(c => (c.Discrepancy, c.FirstSeen)).ToList(),
            Unapplied = positions.ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal),
        };
    }
}
