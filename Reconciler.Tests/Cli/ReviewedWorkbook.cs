using ClosedXML.Excel;

namespace Reconciler.Tests.Cli;

/// <summary>
/// Fills a night's exceptions.xlsx as a reviewer does in Excel: finds the row by what its visible columns say, types
/// the Decision, Apply to and Note by their header names, and saves the workbook under another name.
/// </summary>
public static class ReviewedWorkbook
{
    public sealed record Entry(string Sheet, string RowContains, string Decision, string ApplyTo = "", string Note = "");

    public static string Fill(string exceptionsXlsx, string saveAs, params Entry[] entries)
    {
        using var workbook = new XLWorkbook(exceptionsXlsx);
        foreach (var entry in entries)
        {
            var sheet = workbook.Worksheet(entry.Sheet);
            var header = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber, StringComparer.Ordinal);
            var row = sheet.RowsUsed().Skip(1).Single(r => r.CellsUsed().Any(c => c.GetString().Contains(entry.RowContains, StringComparison.Ordinal)));
            row.Cell(header["Decision"]).SetValue(entry.Decision);
            if (entry.ApplyTo.Length > 0) row.Cell(header["Apply to"]).SetValue(entry.ApplyTo);
            if (entry.Note.Length > 0) row.Cell(header["Note"]).SetValue(entry.Note);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(saveAs)!);
        workbook.SaveAs(saveAs);
        return saveAs;
    }
}
