using ClosedXML.Excel;
using Reconciler.Reports.Decisions;
using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports;

/// <summary>
/// A real night run end to end whose exceptions a reviewer would decide: an exact payment, a short payment, an
/// unknown deposit and a deposit whose text is a spreadsheet formula.
/// </summary>
public static class ReviewNight
{
    public static readonly DateOnly AsOf = new(2025, 3, 14);
    public const string FormulaText = "=HYPERLINK(\"http://x\",\"click\")";

    public static (Night Night, ReconciliationRun.Outcome Outcome) Run()
    {
        var night = new Night();
        night.OpenItems(
            "INV-1001,C-1,Globex Corp,2025-02-01,2025-03-03,USD,2500.00,2500.00",
            "INV-1002,C-2,Initech LLC,2025-02-10,2025-03-12,USD,980.50,980.50",
            "INV-1003,C-3,Umbrella Staffing,2025-01-10,2025-02-09,USD,400.00,400.00",
            "INV-1004,C-3,Umbrella Staffing,2025-03-01,2025-03-31,USD,120.00,120.00");
        night.Drop("bank.csv", "Account,Date,Description,Amount\n"
            + "000123456789,2025-03-14,ACH CREDIT GLOBEX INV-1001,2500.00\n"
            + "000123456789,2025-03-14,WIRE INITECH REF INV-1002 PARTIAL,500.00\n"
            + "000123456789,2025-03-14,DEPOSIT UNKNOWN,75.00\n"
            + "000123456789,2025-03-14,\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",33.00\n"
            + "000123456789,2025-03-14,FEE,-5.00\n");
        return (night, night.Run(AsOf));
    }

    public static string Report(this Night night, string file) => Path.Combine(night.Out(AsOf), file);

    /// <summary>Fills each data row as a reviewer would, from the row's bank text; saves a copy and returns its path.</summary>
    public static string Review(this Night night, Func<string, int, string, (string Decision, string ApplyTo, string Note)> decide)
    {
        var returned = night.Report("returned.xlsx");
        using var workbook = new XLWorkbook(night.Report("exceptions.xlsx"));
        foreach (var sheet in workbook.Worksheets.Where(s => s.Name != ExceptionColumns.SummarySheet))
        {
            foreach (var row in sheet.Tables.Single().DataRange.Rows())
            {
                var number = row.RowNumber();
                var (decision, applyTo, note) = decide(sheet.Name, number, sheet.Cell(number, ExceptionColumns.Number("source_text")).GetString());
                sheet.Cell(number, ExceptionColumns.Number(ExceptionColumns.Decision)).SetValue(decision);
                if (applyTo.Length > 0) sheet.Cell(number, ExceptionColumns.Number(ExceptionColumns.ApplyTo)).SetValue(applyTo);
                if (note.Length > 0) sheet.Cell(number, ExceptionColumns.Number(ExceptionColumns.Note)).SetValue(note);
            }
        }
        workbook.SaveAs(returned);
        return returned;
    }

}
