using System.Data.Common;

namespace Reconciler.Storage.Server;

public abstract partial class ServerStore
{
    public Story? Explain(string id)
    {
        var sql = Sql.Explain;
        var exception = Lines(sql.Exception, id, r => $"{Text(r, 1)} about {Text(r, 2)} {Text(r, 3)}{Opt(" invoice ", r, 4)}; first seen {Text(r, 5)}, last on {Text(r, 6)}: {Text(r, 7)}. Suggested: {Text(r, 8)}{Opt(". Candidates: ", r, 9)}");
        if (exception.Count > 0)
        {
            var source = (string)Scalar(sql.ExceptionSource, ("@id", id))!;
            var story = Explain(source);
            return new Story($"Exception {id}", [("Exception", exception), .. story?.Sections ?? []]);
        }

        var line = Lines(sql.BankLine, id, r => $"{Text(r, 3)} {Money(r, 4)} {Text(r, 5)} ({Text(r, 6)}) at {Opt("", r, 2)}: {Opt("", r, 7)} {Opt("", r, 8)} {Opt("ref ", r, 9)} {Opt("bank ref ", r, 10)}".Trim());
        var item = Lines(sql.PaymentItem, id, r => $"{Text(r, 2)} {Text(r, 1)} (key {Text(r, 0)}) in {Text(r, 6)} {Text(r, 7)} from {Text(r, 8)}: gross {Money(r, 3)}, fee {Money(r, 4)}{Opt(", invoice ", r, 5)}");
        if (line.Count > 0 || item.Count > 0)
        {
            var key = line.Count > 0 ? id : (string)Scalar(sql.ItemKey, ("@id", id))!;
            return new Story(line.Count > 0 ? $"Bank line {id}" : $"Payment item {id}", [(line.Count > 0 ? "Bank line" : "Payment item", [.. line, .. item]), .. SourceHistory(key)]);
        }

        var invoice = Lines(sql.Invoice, id, r => $"night {Text(r, 7)}: {Text(r, 2)} ({Text(r, 1)}), due {Text(r, 3)}, amount {Money(r, 4)}, open at start {Money(r, 5)} {Text(r, 6)}");
        if (invoice.Count == 0) return null;
        return new Story($"Invoice {id}", [
            ("Open balance by night", invoice),
            ("Applications", Applications(byInvoice: true, id)),
            ("Exceptions", Lines(sql.InvoiceExceptions, id, r => $"night {Text(r, 2)}: {Text(r, 0)} {Text(r, 1)}: {Text(r, 3)}")),
        ]);
    }

    private IEnumerable<(string, IReadOnlyList<string>)> SourceHistory(string source)
    {
        var sql = Sql.Explain;
        yield return ("Decisions, night by night (every rule that looked at it)",
            Lines(sql.Decisions, source, r => $"night {Text(r, 0)} step {Long(r, 1)}: {Text(r, 2)} → {Text(r, 3)}: {Text(r, 4)}"));
        yield return ("Applications", Applications(byInvoice: false, source));
        yield return ("Settlements", Lines(sql.Settlements, source,
            r => $"night {Text(r, 0)}: {Text(r, 1)} {Text(r, 2)}: bank {Money(r, 3)} vs batch {Money(r, 4)} ({Text(r, 5)}){Opt(": ", r, 6)}"));
        yield return ("Exceptions", Lines(sql.SourceExceptions, source, r => $"night {Text(r, 2)}: {Text(r, 0)} {Text(r, 1)}: {Text(r, 3)}"));
    }

    private List<string> Applications(bool byInvoice, string id) => Read(Sql.Explain.Applications,
        r => $"night {Text(r, 0)}: {Money(r, 4)} {Text(r, 5)} from {Text(r, 1)} {Text(r, 2)} to {Text(r, 3)} by {Text(r, 6)} (confidence {Text(r, 7)}): {Text(r, 8)}",
        ("@id", id), ("@byInvoice", byInvoice));

    private List<string> Lines(string sql, string id, Func<DbDataReader, string> format) => Read(sql, format, ("@id", id));

    private static string Money(DbDataReader reader, int ordinal) => Rules.Model.Money.Format(Amount(reader, ordinal));

    private static string Opt(string prefix, DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? "" : prefix + Text(reader, ordinal);
}
