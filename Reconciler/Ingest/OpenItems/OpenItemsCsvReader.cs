using Reconciler.Ingest.Csv;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.OpenItems;

/// <summary>
/// The canonical open-items CSV (CONTRACT.md): invoice_number, customer_id, customer_name, issue_date,
/// due_date, currency, amount, open_amount. Strict: ISO dates, '.' decimals. A bad row is reported with its
/// line and column and left out; the rest load.
/// </summary>
public static class OpenItemsCsvReader
{
    public static readonly IReadOnlyList<string> Columns =
        ["invoice_number", "customer_id", "customer_name", "issue_date", "due_date", "currency", "amount", "open_amount"];

    /// <summary>Optional columns after the canonical ones (CONTRACT.md, Medical billing) the engine uses: who the patient is, and the secondary payer.</summary>
    public static readonly IReadOnlyList<string> MedicalColumns = ["patient_id", "patient_name", "secondary_payer_id"];

    public static OpenItemsLoad Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    public static OpenItemsLoad Read(Stream content, string file)
    {
        using var source = TextSource.Open(content);
        using var rows = DelimitedText.OpenRecords(source, ',');
        var problems = new List<ParseProblem>();
        if (!rows.Read())
        {
            problems.Add(ParseProblem.Error(file, "line 1", null, "the file is empty; expected a header: " + string.Join(",", Columns)));
            return new OpenItemsLoad([], problems);
        }

        var headerRow = rows.ToRow();
        var header = headerRow.Fields.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        var index = Columns.Select(c => Array.IndexOf(header, c)).ToArray();
        var missing = Columns.Where((_, i) => index[i] < 0).ToList();
        if (missing.Count > 0)
        {
            problems.Add(ParseProblem.Error(file, $"line {headerRow.Line}", null, "missing column(s): " + string.Join(", ", missing)));
            return new OpenItemsLoad([], problems);
        }

        var reader = new OpenItemsRowReader(file, index, problems) { Medical = MedicalColumns.Select(c => Array.IndexOf(header, c)).ToArray() };
        var items = new List<OpenItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Each record is read in place: only the values an item keeps become strings.
        while (rows.Read())
        {
            var item = reader.Read(rows);
            if (item is null) continue;
            if (!seen.Add(item.InvoiceNumber))
            {
                problems.Add(ParseProblem.Error(file, $"line {rows.Line}", "invoice_number", $"'{item.InvoiceNumber}' appears more than once; the first row is used"));
                continue;
            }
            items.Add(item);
        }
        return new OpenItemsLoad(items, problems);
    }
}
