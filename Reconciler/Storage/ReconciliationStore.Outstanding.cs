using System.Data.Common;

namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    /// <summary>
    /// The money still open at the start of <paramref name="asOf"/>: each stored row (<paramref name="key"/> of
    /// <paramref name="tables"/>, which join the import as <c>i</c>) read up to the night whose last position (<c>p</c>) is
    /// <paramref name="open"/>. Read through every stored row, that went over the whole history to find the backlog (0.6 s
    /// a query on the 30th night of a month of 10,000 lines). The latest night before already holds the answer for every
    /// row read up to it: it loaded, by this same rule, all that was open then and left a position for each (what it did
    /// not load was closed and stays so). So the rows are those that night left open, found by its run id, and the rows
    /// read since, each with its last position; the whole history is read only when that night cannot be relied on
    /// (<see cref="Baseline"/>). The rows read since are found from their imports: given the night's dates on the import, SQLite
    /// went through every stored line in key order, to save sorting the few it kept.
    /// </summary>
    private List<T> Outstanding<T>(DateOnly asOf, OpenMoney money, Func<DbDataReader, T> map) =>
        Baseline(asOf) is { } baseline
            ? Read(OutstandingSql(money, fromBaseline: true), map, ("@asOf", asOf), ("@run", baseline.RunId), ("@runAsOf", baseline.AsOf))
            : Read(OutstandingSql(money, fromBaseline: false), map, ("@asOf", asOf));

    /// <summary>
    /// <see cref="Outstanding"/> for a store that keeps the rows it made (<see cref="KeepParsedBankLines"/>): which rows are open, and
    /// what is left of each, is read narrow (<paramref name="narrow"/>: the key, then what <paramref name="kept"/> reads to make the row
    /// from the kept ones), and only the rows not kept yet are read whole, by key (<paramref name="keepWhole"/>, which keeps them). A
    /// replayed night otherwise sorted the whole backlog's texts and JSON again to use of each row its key and what was left.
    /// </summary>
    private List<T> OutstandingKept<T>(DateOnly asOf, OpenMoney narrow, Func<DbDataReader, Func<T?>> kept, Action<IReadOnlyCollection<string>> keepWhole)
        where T : class
    {
        var open = Outstanding(asOf, narrow, r => (Key: Text(r, 0), Kept: kept(r)));
        var rows = open.Select(o => o.Kept()).ToList();
        var missing = open.Where((_, n) => rows[n] is null).Select(o => o.Key).ToList();
        if (missing.Count > 0) keepWhole(missing);
        return rows.Select((row, n) => row ?? open[n].Kept() ?? throw new InvalidOperationException($"{open[n].Key} is open but was not read")).ToList();
    }

    private static string Selected(OpenMoney money) => string.Join(", ", money.Columns.Select((c, n) => $"{c} AS c{n}"));

    /// <summary>
    /// What <see cref="Outstanding"/> reads: <see cref="Columns"/> of <see cref="Tables"/> (which join the import as <c>i</c>), each row by
    /// its <see cref="Key"/>, open when <see cref="Open"/>; <see cref="Import"/> is the column of its tables that names the import.
    /// </summary>
    private sealed record OpenMoney(string[] Columns, string Tables, string Key, string Open, string Import);

    private string OutstandingSql(OpenMoney money, bool fromBaseline)
    {
        var select = Selected(money);
        if (!fromBaseline)
            return $"""
                SELECT {select} FROM {money.Tables}
                {LastPositionJoin(money.Key)}
                WHERE i.as_of <= @asOf AND {money.Open}
                ORDER BY {money.Key} {Ordinal}
                """;
        return $"""
            SELECT u.* FROM (
                SELECT {select} FROM {money.Tables}
                JOIN cash_positions p ON p.run_id = @run AND p.source_id = {money.Key}
                WHERE i.as_of <= @runAsOf AND {money.Open}
                UNION ALL
                SELECT {select} FROM {money.Tables}
                {LastPositionJoin(money.Key)}
                WHERE {money.Import} IN (SELECT import_id FROM imports WHERE as_of > @runAsOf AND as_of <= @asOf) AND {money.Open}
            ) u
            ORDER BY u.c0 {Ordinal}
            """;
    }

    /// <summary>The statements read from the latest night before (which a store without rows never issues), for the T-SQL parse check.</summary>
    internal IEnumerable<string> BaselineStatements() => new[] { OpenCash, OpenPaymentItems, OpenCashAmounts }.Select(m => OutstandingSql(m, fromBaseline: true)).ToList();

    /// <summary>
    /// The latest completed run before <paramref name="asOf"/> (the one <see cref="LastPositionJoin"/> takes first), when what it
    /// left open is all that is open of the money read up to its night: no other run before the night started or finished after
    /// it (a rerun of an earlier night changes the positions it started from) and no file of its night or before was read after
    /// it started. Otherwise none, and the caller reads the whole history.
    /// </summary>
    private (string RunId, DateOnly AsOf)? Baseline(DateOnly asOf)
    {
        var latest = Read($"""
        SELECT b.run_id, b.as_of,
               CASE WHEN b.finished_at IS NULL THEN 1 ELSE 0 END
               + (SELECT COUNT(*) FROM runs o WHERE o.status = 'completed' AND o.as_of < @asOf AND o.run_id <> b.run_id
                  AND (o.finished_at IS NULL OR o.finished_at >= b.finished_at OR o.started_at >= b.started_at))
               + (SELECT COUNT(*) FROM imports i WHERE i.as_of <= b.as_of AND i.run_id <> b.run_id AND i.ingested_at >= b.started_at)
        FROM runs b WHERE b.status = 'completed' AND b.as_of < @asOf
        ORDER BY b.as_of DESC, b.finished_at DESC {Dialect.Limit("1")}
        """, r => (RunId: Text(r, 0), AsOf: Date(r, 1), Doubts: Long(r, 2)), ("@asOf", asOf));
        return latest is [{ Doubts: 0 } run] ? (run.RunId, run.AsOf) : null;
    }
}
