using ClosedXML.Excel;
using Reconciler.Rules.Discrepancies;

namespace Reconciler.Reports.Xlsx;

/// <summary>One category's sheet: a styled table with a frozen header, a Decision dropdown and a hidden key.</summary>
public static class ExceptionSheet
{
    /// <summary>Light red, for rows of severity error.</summary>
    public const string ErrorColor = "#F8CBAD";

    /// <summary>Light amber, for rows of severity warning.</summary>
    public const string WarningColor = "#FFE699";

    private static readonly XLColor ErrorFill = XLColor.FromHtml(ErrorColor);
    private static readonly XLColor WarningFill = XLColor.FromHtml(WarningColor);
    private static readonly XLColor ReviewerFill = XLColor.FromHtml("#E2EFDA");

    private static readonly double[] Widths = [17, 22, 9, 13, 20, 14, 14, 13, 13, 13, 9, 11, 60, 40, 22, 40, 13, 20, 30, 17];

    public static void Write(IXLWorksheet sheet, IReadOnlyList<(Discrepancy Discrepancy, DateOnly FirstSeen)> items, Csv.ExceptionSourceText sourceTexts, string tableName, int maxRows)
    {
        var columns = ExceptionColumns.All;
        XlsxCells.Header(sheet, columns);
        var shown = Math.Min(items.Count, maxRows);
        for (var i = 0; i < shown; i++) WriteRow(sheet, i + 2, items[i].Discrepancy, items[i].FirstSeen, sourceTexts);
        var last = shown + 1;

        XlsxCells.Widths(sheet, Widths);
        XlsxCells.AmountColumns(sheet, Col("amount"), Col("expected_amount"), Col("difference"));
        XlsxCells.DateColumns(sheet, Col("first_seen"));
        foreach (var wrapped in new[] { Col("description"), Col("suggested_action"), Col("candidates"), Col("source_text"), Col(ExceptionColumns.Note) }) sheet.Column(wrapped).Style.Alignment.WrapText = true;
        sheet.Columns(1, columns.Count).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;

        var table = sheet.Range(1, 1, last, columns.Count).CreateTable(tableName);
        table.Theme = XLTableTheme.TableStyleLight1;
        table.ShowAutoFilter = true;
        sheet.Range(1, ExceptionColumns.Number(ExceptionColumns.Decision), 1, ExceptionColumns.Number(ExceptionColumns.Note))
            .Style.Fill.BackgroundColor = ReviewerFill;

        var decision = ExceptionColumns.Number(ExceptionColumns.Decision);
        var validation = sheet.Range(2, decision, Math.Max(last, 2), decision).SetDataValidation();
        validation.List("\"" + string.Join(',', ExceptionColumns.Decisions) + "\"", true);
        validation.IgnoreBlanks = true;
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ErrorTitle = "Decision";
        validation.ErrorMessage = "Choose one of: " + string.Join(", ", ExceptionColumns.Decisions);

        sheet.Column(ExceptionColumns.Number(ExceptionColumns.Key)).Hide();
        sheet.SheetView.FreezeRows(1);
        if (items.Count > shown)
        {
            sheet.Cell(last + 2, 1).Code($"Only the first {shown:N0} of {items.Count:N0} rows are shown here; exceptions.csv has them all.");
            sheet.Cell(last + 2, 1).Style.Font.Italic = true;
        }
    }

    private static int Col(string name) => ExceptionColumns.Number(name);

    private static void WriteRow(IXLWorksheet sheet, int row, Discrepancy d, DateOnly firstSeen, Csv.ExceptionSourceText sourceTexts)
    {
        sheet.Cell(row, 1).Code(d.Id);
        sheet.Cell(row, 2).Code(d.Category);
        sheet.Cell(row, 3).Code(d.Severity.ToString().ToLowerInvariant());
        sheet.Cell(row, 4).Code(d.SourceKind);
        sheet.Cell(row, 5).Text(d.SourceId);
        sheet.Cell(row, 6).Text(d.InvoiceNumber);
        sheet.Cell(row, 7).Text(d.CustomerId);
        sheet.Cell(row, 8).Amount(d.Amount);
        sheet.Cell(row, 9).Amount(d.ExpectedAmount);
        sheet.Cell(row, 10).Amount(d.Difference);
        sheet.Cell(row, 11).Code(d.Currency);
        sheet.Cell(row, 12).Date(firstSeen);
        sheet.Cell(row, 13).Text(d.Description);
        sheet.Cell(row, 14).Text(d.SuggestedAction);
        sheet.Cell(row, 15).Text(string.Join(' ', d.Candidates));
        sheet.Cell(row, 16).Text(sourceTexts.Get(d.SourceId));
        sheet.Cell(row, ExceptionColumns.Number(ExceptionColumns.Key)).Code(d.Id);
        var fill = d.Severity switch { Severity.Error => ErrorFill, Severity.Warning => WarningFill, _ => null };
        if (fill is not null) sheet.Range(row, 1, row, 16).Style.Fill.BackgroundColor = fill;
    }
}
