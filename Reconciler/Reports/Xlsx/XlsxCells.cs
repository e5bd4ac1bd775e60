using ClosedXML.Excel;
using Reconciler.Reports.Cells;

namespace Reconciler.Reports.Xlsx;

/// <summary>
/// The one way workbooks write cells: outside text neutralised and stored as a string (never parsed, never a
/// formula), amounts and dates as real numbers and dates so Excel can sum and sort them.
/// </summary>
public static class XlsxCells
{
    public const string AmountFormat = "#,##0.00";
    public const string DateFormat = "yyyy-mm-dd";

    /// <summary>Text that came from outside (a bank, a billing export): neutralised, always a string.</summary>
    public static IXLCell Text(this IXLCell cell, string? value) => cell.Code(CellText.Neutralize(value));

    /// <summary>Text the engine made itself (ids, categories, statuses), stored as a string.</summary>
    public static IXLCell Code(this IXLCell cell, string? value)
    {
        if (string.IsNullOrEmpty(value)) return cell;
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
        return cell;
    }

    public static IXLCell Amount(this IXLCell cell, decimal? value)
    {
        if (value is { } v) cell.SetValue(v);
        return cell;
    }

    public static IXLCell Date(this IXLCell cell, DateOnly? value)
    {
        if (value is { } d) cell.SetValue(d.ToDateTime(TimeOnly.MinValue));
        return cell;
    }

    public static IXLCell Number(this IXLCell cell, int value)
    {
        cell.SetValue(value);
        return cell;
    }

    /// <summary>A bold, filled header row over <paramref name="names"/>, frozen so it stays in view.</summary>
    public static void Header(IXLWorksheet sheet, IReadOnlyList<string> names, int row = 1)
    {
        for (var i = 0; i < names.Count; i++) sheet.Cell(row, i + 1).Code(names[i]);
        var header = sheet.Range(row, 1, row, names.Count).Style;
        header.Font.Bold = true;
        header.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        sheet.SheetView.FreezeRows(row);
    }

    /// <summary>Explicit widths, in characters: ClosedXML's measuring needs libgdiplus and is slow.</summary>
    public static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++) sheet.Column(i + 1).Width = widths[i];
    }

    public static void AmountColumns(IXLWorksheet sheet, params int[] columns)
    {
        foreach (var c in columns) sheet.Column(c).Style.NumberFormat.Format = AmountFormat;
    }

    public static void DateColumns(IXLWorksheet sheet, params int[] columns)
    {
        foreach (var c in columns) sheet.Column(c).Style.DateFormat.Format = DateFormat;
    }

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ].</summary>
    public static string SheetName(string name)
    {
        var clean = new string(name.Select(ch => ch is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : ch).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
