using System.Globalization;
using Microsoft.Data.Sqlite;
using Reconciler.Rules.Model;

namespace Reconciler.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public Story? Explain(string id)
    {
        var exception = Lines("""
            SELECT e.exception_id, e.category, e.source_kind, e.source_id, e.invoice_number, e.first_seen, r.as_of, e.description, e.suggested_action, e.candidates
            FROM exceptions e JOIN runs r ON r.run_id = e.run_id WHERE e.exception_id = $id AND r.status = 'completed' ORDER BY r.as_of DESC LIMIT 1
            """, id, r => $"{r.GetString(1)} about {r.GetString(2)} {r.GetString(3)}{Opt(" invoice ", r, 4)}; first seen {r.GetString(5)}, last on {r.GetString(6)}: {r.GetString(7)}. Suggested: {r.GetString(8)}{Opt(". Candidates: ", r, 9)}");
        if (exception.Count > 0)
        {
            var source = Scalar("SELECT source_id FROM exceptions WHERE exception_id = $id LIMIT 1", id)!;
            var story = Explain(source);
            return new Story($"Exception {id}", [("Exception", exception), .. story?.Sections ?? []]);
        }

        var line = Lines("""
            SELECT t.line_id, i.file_name, t.location, t.booking_date, t.amount_x4, t.currency, t.status, t.counterparty, t.remittance, t.customer_ref, t.bank_ref
            FROM bank_transactions t JOIN imports i ON i.import_id = t.import_id WHERE t.line_id = $id
            """, id, r => $"{r.GetString(3)} {Money.Format(Fixed4.FromStore(r.GetInt64(4)))} {r.GetString(5)} ({r.GetString(6)}) at {Opt("", r, 2)}: {Opt("", r, 7)} {Opt("", r, 8)} {Opt("ref ", r, 9)} {Opt("bank ref ", r, 10)}".Trim());
        var item = Lines("""
            SELECT it.item_key, it.item_id, it.kind, it.gross_x4, it.fee_x4, it.invoice_ref, b.kind, b.batch_id, i.file_name
            FROM payment_items it JOIN payment_batches b ON b.batch_key = it.batch_key JOIN imports i ON i.import_id = b.import_id
            WHERE it.item_key = $id OR it.item_id = $id
            """, id, r => $"{r.GetString(2)} {r.GetString(1)} (key {r.GetString(0)}) in {r.GetString(6)} {r.GetString(7)} from {r.GetString(8)}: gross {Money.Format(Fixed4.FromStore(r.GetInt64(3)))}, fee {Money.Format(Fixed4.FromStore(r.GetInt64(4)))}{Opt(", invoice ", r, 5)}");
        if (line.Count > 0 || item.Count > 0)
        {
            var key = line.Count > 0 ? id : Scalar("SELECT item_key FROM payment_items WHERE item_key = $id OR item_id = $id LIMIT 1", id)!;
            return new Story(line.Count > 0 ? $"Bank line {id}" : $"Payment item {id}", [(line.Count > 0 ? "Bank line" : "Payment item", [.. line, .. item]), .. SourceHistory(key)]);
        }

        var invoice = Lines("""
            SELECT s.invoice_number, s.customer_id, s.customer_name, s.due_date, s.amount_x4, s.open_x4, s.currency, r.as_of
            FROM open_item_snapshots s JOIN runs r ON r.run_id = s.run_id WHERE s.invoice_number = $id AND r.status = 'completed' ORDER BY r.as_of DESC
            """, id, r => $"night {r.GetString(7)}: {r.GetString(2)} ({r.GetString(1)}), due {r.GetString(3)}, amount {Money.Format(Fixed4.FromStore(r.GetInt64(4)))}, open at start {Money.Format(Fixed4.FromStore(r.GetInt64(5)))} {r.GetString(6)}");
        if (invoice.Count == 0) return null;
        return new Story($"Invoice {id}", [
            ("Open balance by night", invoice),
            ("Applications", Applications(byInvoice: true, id)),
            ("Exceptions", Lines("""
                SELECT e.exception_id, e.category, r.as_of, e.description FROM exceptions e JOIN runs r ON r.run_id = e.run_id
                WHERE e.invoice_number = $id AND r.status = 'completed' ORDER BY r.as_of DESC
                """, id, r => $"night {r.GetString(2)}: {r.GetString(0)} {r.GetString(1)}: {r.GetString(3)}")),
        ]);
    }

    private IEnumerable<(string, IReadOnlyList<string>)> SourceHistory(string source)
    {
        yield return ("Decisions, night by night (every rule that looked at it)", Lines("""
            SELECT r.as_of, d.step, d.rule, d.outcome, d.phrases, d.run_id, d.detail FROM decision_trail d JOIN runs r ON r.run_id = d.run_id
            WHERE d.source_id = $id AND r.status = 'completed' ORDER BY r.as_of DESC, d.step
            """, source, r => $"night {r.GetString(0)} step {r.GetInt64(1)}: {r.GetString(2)} → {r.GetString(3)}: {StepDetail(r)}"));
        yield return ("Applications", Applications(byInvoice: false, source));
        yield return ("Settlements", Lines("""
            SELECT r.as_of, s.batch_kind, s.batch_id, s.bank_x4, s.batch_x4, s.status, s.explanation FROM settlements s JOIN runs r ON r.run_id = s.run_id
            WHERE s.bank_line_id = $id AND r.status = 'completed' ORDER BY r.as_of DESC
            """, source, r => $"night {r.GetString(0)}: {r.GetString(1)} {r.GetString(2)}: bank {Money.Format(Fixed4.FromStore(r.GetInt64(3)))} vs batch {Money.Format(Fixed4.FromStore(r.GetInt64(4)))} ({r.GetString(5)}){Opt(": ", r, 6)}"));
        yield return ("Exceptions", Lines("""
            SELECT e.exception_id, e.category, r.as_of, e.description FROM exceptions e JOIN runs r ON r.run_id = e.run_id
            WHERE e.source_id = $id AND r.status = 'completed' ORDER BY r.as_of DESC
            """, source, r => $"night {r.GetString(2)}: {r.GetString(0)} {r.GetString(1)}: {r.GetString(3)}"));
    }

    private List<string> Applications(bool byInvoice, string id) => Lines("""
        SELECT r.as_of, a.source_kind, a.source_id, a.invoice_number, a.applied_x4, a.currency, a.rule, a.confidence, a.explanation
        FROM applications a JOIN runs r ON r.run_id = a.run_id
        WHERE r.status = 'completed' AND (($byInvoice = 1 AND a.invoice_number = $id) OR ($byInvoice = 0 AND a.source_id = $id))
        ORDER BY r.as_of DESC, a.application_id
        """, id, r => $"night {r.GetString(0)}: {Money.Format(Fixed4.FromStore(r.GetInt64(4)))} {r.GetString(5)} from {r.GetString(1)} {r.GetString(2)} to {r.GetString(3)} by {r.GetString(6)} (confidence {r.GetString(7)}): {r.GetString(8)}", byInvoice);

    private List<string> Lines(string sql, string id, Func<SqliteDataReader, string> format, bool byInvoice = false)
    {
        using var command = Command(sql, ("$id", id), ("$byInvoice", byInvoice ? 1 : 0));
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read()) lines.Add(format(reader));
        return lines;
    }

    /// <summary>A step's detail: kept on the step (V007), or its phrases joined back.</summary>
    private string StepDetail(SqliteDataReader step) =>
        step.IsDBNull(6) ? TrailWriter.Detail(step.GetString(4), n => Phrase(step.GetString(5), n)) : step.GetString(6);

    private string Phrase(string runId, long number)
    {
        using var command = Command("SELECT phrase FROM trail_phrases WHERE run_id = $run AND phrase_no = $no", ("$run", runId), ("$no", number));
        return (string)command.ExecuteScalar()!;
    }

    private string? Scalar(string sql, string id)
    {
        using var command = Command(sql, ("$id", id));
        return command.ExecuteScalar() as string;
    }

    private static string Opt(string prefix, SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? "" : prefix + Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
