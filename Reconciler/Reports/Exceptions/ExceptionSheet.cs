using Reconciler.Reports.Decisions;
using Reconciler.Reports.Facts;
using Reconciler.Reports.Xlsx;
using Reconciler.Rules.Discrepancies;

namespace Reconciler.Reports.Exceptions;

/// <summary>One category's sheet: a styled table with a frozen header, a Decision dropdown and a hidden key.</summary>
public static class ExceptionSheet
{
    /// <summary>Light red, for rows of severity error.</summary>
    public const string ErrorColor = "#F8CBAD";

    /// <summary>Light amber, for rows of severity warning.</summary>
    public const string WarningColor = "#FFE699";

    /// <summary>The columns of exceptions.csv, which take the row's severity colour.</summary>
    private const int Listed = 16;

    private static readonly double[] Widths = [17, 22, 9, 13, 20, 14, 14, 13, 13, 13, 9, 11, 60, 40, 22, 40, 13, 20, 30, 17];

    /// <summary>Each column's look: aligned to the top, long texts wrapped, amounts and dates formatted, the reviewer's columns filled.</summary>
    private static readonly XlsxFormat[] Formats = [.. ExceptionColumns.All.Select(name => new XlsxFormat(
        Fill: name is ExceptionColumns.Decision or ExceptionColumns.ApplyTo or ExceptionColumns.Note ? XlsxFill.Reviewer : XlsxFill.None,
        Top: true,
        Wrap: name is "description" or "suggested_action" or "candidates" or "source_text" or ExceptionColumns.Note,
        Number: name is "amount" or "expected_amount" or "difference" ? XlsxNumber.Amount : name == "first_seen" ? XlsxNumber.Date : XlsxNumber.General))];

    /// <summary>The listed columns' looks in each severity's fill, made once (not a new format per cell).</summary>
    private static readonly XlsxFormat[][] Filled = [.. new[] { XlsxFill.None, XlsxFill.Error, XlsxFill.Warning }
        .Select(fill => Formats.Take(Listed).Select(f => f with { Fill = fill }).ToArray())];

    public static async Task WriteAsync(XlsxWorkbook workbook, string name, IReadOnlyList<(Discrepancy Discrepancy, DateOnly FirstSeen)> items,
        ExceptionSourceText sourceTexts, string tableName, int maxRows, int? count = null)
    {
        var columns = ExceptionColumns.All;
        var key = ExceptionColumns.Number(ExceptionColumns.Key);
        var sheet = await workbook.AddSheetAsync(name, 1, [.. Widths.Select((width, i) => new XlsxColumn(width, Formats[i], Hidden: i + 1 == key))]);
        // The table's header has one look; the reviewer's columns are told apart by their fill all the way down instead.
        await sheet.HeaderAsync(1, columns, XlsxFormat.Header, tableName);

        // The items may be only the first ones of the category: count says how many it has in all.
        var total = count ?? items.Count;
        var shown = Math.Min(items.Count, maxRows);
        for (var i = 0; i < shown; i++)
        {
            var (d, firstSeen) = items[i];
            var row = Filled[d.Severity switch { Severity.Error => 1, Severity.Warning => 2, _ => 0 }];
            var (first, second) = sourceTexts.Parts(d.SourceId);
            await sheet.RowAsync(i + 2);
            sheet.ExceptionId(1, d, row[0]);
            sheet.Code(2, d.Category, row[1]);
            sheet.Code(3, Severities.Name(d.Severity), row[2]);
            sheet.Code(4, d.SourceKind, row[3]);
            sheet.Text(5, d.SourceId, row[4]);
            sheet.Text(6, d.InvoiceNumber, row[5]);
            sheet.Text(7, d.CustomerId, row[6]);
            sheet.Amount(8, d.Amount, row[7]);
            sheet.Amount(9, d.ExpectedAmount, row[8]);
            sheet.Amount(10, d.Difference, row[9]);
            sheet.Code(11, d.Currency, row[10]);
            sheet.Date(12, firstSeen, row[11]);
            sheet.Text(13, d.Description, row[12]);
            sheet.Text(14, d.SuggestedAction, row[13]);
            sheet.Text(15, d.Candidates, row[14]);
            sheet.Text(16, first, second, row[15]);
            sheet.ExceptionId(key, d);
        }
        var last = shown + 1;
        await sheet.EndTableAsync();
        if (total > shown)
        {
            await sheet.RowAsync(last + 2);
            sheet.Code(1, $"Only the first {shown:N0} of {total:N0} rows are shown here; exceptions.csv has them all.", XlsxFormat.Note);
        }

        var decision = ExceptionColumns.Number(ExceptionColumns.Decision);
        await sheet.FinishAsync(new XlsxValidation(XlsxSheet.Range(2, decision, Math.Max(last, 2), decision), ExceptionColumns.Decisions,
            "Decision", "Choose one of: " + string.Join(", ", ExceptionColumns.Decisions)));
    }
}
