using System.Globalization;
using Reconciler.Reports.Cells;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Tables;
using SpreadCheetah.Validations;

namespace Reconciler.Reports.Xlsx;

/// <summary>
/// One sheet being written: <see cref="RowAsync"/> starts a row (rows in increasing order), the cell methods fill it
/// left to right or in any order, and the row is written when the next one starts or the sheet finishes. Text is
/// always a string, never a formula (outside text neutralised besides); amounts and dates are numbers with a format,
/// so Excel can sum and sort them. The only formulas are <see cref="Link"/>s, made from our own sheet names.
/// </summary>
public sealed class XlsxSheet
{
    private readonly Spreadsheet _spreadsheet;
    private readonly XlsxStyles _styles;
    private readonly StyleId?[] _columnStyles;
    private Cell[] _cells = new Cell[32];
    private bool[] _set = new bool[32];
    private TextScratch?[] _scratch = new TextScratch?[32];
    private int _used;
    private bool _pending;

    internal XlsxSheet(Spreadsheet spreadsheet, XlsxStyles styles, StyleId?[] columnStyles)
    {
        _spreadsheet = spreadsheet;
        _styles = styles;
        _columnStyles = columnStyles;
    }

    /// <summary>Writes the row before and starts row <paramref name="number"/> (1-based; rows skipped stay empty).</summary>
    public async ValueTask RowAsync(int number)
    {
        await EndRowAsync().ConfigureAwait(false);
        while (_spreadsheet.NextRowNumber < number) await _spreadsheet.AddRowAsync(ReadOnlyMemory<Cell>.Empty).ConfigureAwait(false);
        _pending = true;
    }

    /// <summary>
    /// Writes <paramref name="names"/> as row <paramref name="number"/> in one look; with <paramref name="table"/> the row
    /// heads an Excel table of that name (with its own filter), which runs until <see cref="EndTableAsync"/> or the sheet's end.
    /// </summary>
    public async ValueTask HeaderAsync(int number, IReadOnlyList<string> names, XlsxFormat format, string? table = null)
    {
        await RowAsync(number).ConfigureAwait(false);
        _pending = false;
        if (table is not null) _spreadsheet.StartTable(new Table(TableStyle.Light1, table));
        await _spreadsheet.AddHeaderRowAsync(names as IList<string> ?? [.. names], _styles.Id(format)).ConfigureAwait(false);
    }

    /// <summary>Writes the row being filled and ends the table, so the rows after it are outside.</summary>
    public async ValueTask EndTableAsync()
    {
        await EndRowAsync().ConfigureAwait(false);
        await _spreadsheet.FinishTableAsync().ConfigureAwait(false);
    }

    /// <summary>Writes the last row and adds the dropdown list, if any. The next sheet (or the workbook's finish) ends this one.</summary>
    public async ValueTask FinishAsync(XlsxValidation? validation = null)
    {
        await EndRowAsync().ConfigureAwait(false);
        if (validation is null) return;
        var list = DataValidation.ListValues(validation.Values);
        list.ErrorTitle = validation.ErrorTitle;
        list.ErrorMessage = validation.Error;
        _spreadsheet.AddDataValidation(validation.Range, list);
    }

    /// <summary>Text that came from outside (a bank, a billing export): neutralised, always a string.</summary>
    public void Text(int column, string? value, XlsxFormat? format = null) => Code(column, CellText.Neutralize(value), format);

    /// <summary>Two outside texts joined by a space, blank ones left out (a bank line's counterparty and remittance), neutralised.</summary>
    public void Text(int column, string? first, string? second, XlsxFormat? format = null) => Chars(column, Scratch(column).NeutralJoin(first, second), format);

    /// <summary>Outside texts joined by a space (as string.Join), neutralised.</summary>
    public void Text(int column, IReadOnlyList<string> parts, XlsxFormat? format = null) => Chars(column, Scratch(column).NeutralJoin(parts), format);

    /// <summary>An exception's stable id (worked out once per discrepancy).</summary>
    public void ExceptionId(int column, Rules.Discrepancies.Discrepancy discrepancy, XlsxFormat? format = null) => Code(column, discrepancy.Id, format);

    /// <summary>Text the engine made itself (ids, categories, statuses), stored as a string. Empty text leaves the cell empty.</summary>
    public void Code(int column, string? value, XlsxFormat? format = null)
    {
        if (string.IsNullOrEmpty(value)) Empty(column, format);
        else Set(column, new Cell(XmlText.Safe(value), Style(column, format)));
    }

    public void Amount(int column, decimal? value, XlsxFormat? format = null)
    {
        if (value is { } amount) Set(column, new Cell(amount, Style(column, format)));
        else Empty(column, format);
    }

    /// <summary>A date, shown with the date format of its style (yyyy-mm-dd when it has none).</summary>
    public void Date(int column, DateOnly? value, XlsxFormat? format = null)
    {
        if (value is { } date) Set(column, new Cell(date.ToDateTime(TimeOnly.MinValue), Style(column, format)));
        else Empty(column, format);
    }

    public void Number(int column, int value, XlsxFormat? format = null) => Set(column, new Cell(value, Style(column, format)));

    /// <summary>
    /// A cell showing <paramref name="text"/> that links to cell A1 of the sheet <paramref name="sheet"/>: a HYPERLINK
    /// formula, so both must be our own names (sheet names the engine made), never outside text.
    /// </summary>
    public void Link(int column, string text, string sheet, XlsxFormat format)
    {
        var location = "#'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'!A1";
        var formula = string.Create(CultureInfo.InvariantCulture, $"HYPERLINK({Quoted(location)},{Quoted(text)})");
        Set(column, new Cell(new Formula(formula), text, Style(column, format)));
    }

    /// <summary>The A1-style address of a cell.</summary>
    public static string Reference(int column, int row) => SpreadsheetUtility.GetColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The A1-style address of a range.</summary>
    public static string Range(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        Reference(firstColumn, firstRow) + ":" + Reference(lastColumn, lastRow);

    /// <summary>A string literal of a formula ("" for each quote).</summary>
    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private void Chars(int column, ReadOnlyMemory<char> value, XlsxFormat? format)
    {
        if (value.IsEmpty) Empty(column, format);
        else if (XmlText.NeedsEncoding(value.Span)) Set(column, new Cell(XmlText.Safe(value.ToString()), Style(column, format)));
        else Set(column, new Cell(value, Style(column, format)));
    }

    /// <summary>An empty cell keeps its look only when it has one of its own (an empty cell in the row is written anyway).</summary>
    private void Empty(int column, XlsxFormat? format)
    {
        if (format is not null) Set(column, new Cell((string?)null, _styles.Id(format)));
    }

    /// <summary>The cell's own look, else its column's (a cell written without a style would not show the column's).</summary>
    private StyleId? Style(int column, XlsxFormat? format) =>
        format is not null ? _styles.Id(format) : column <= _columnStyles.Length ? _columnStyles[column - 1] : null;

    private TextScratch Scratch(int column)
    {
        Ensure(column);
        return _scratch[column - 1] ??= new TextScratch();
    }

    private void Set(int column, Cell cell)
    {
        Ensure(column);
        _cells[column - 1] = cell;
        _set[column - 1] = true;
        if (column > _used) _used = column;
    }

    private void Ensure(int column)
    {
        if (column <= _cells.Length) return;
        var size = Math.Max(column, _cells.Length * 2);
        Array.Resize(ref _cells, size);
        Array.Resize(ref _set, size);
        Array.Resize(ref _scratch, size);
    }

    private async ValueTask EndRowAsync()
    {
        if (!_pending) return;
        _pending = false;
        // Cells left out between those set take their column's look, as they would if they were not written at all.
        for (var i = 0; i < _used; i++)
        {
            if (!_set[i]) _cells[i] = i < _columnStyles.Length && _columnStyles[i] is { } style ? new Cell((string?)null, style) : default;
        }
        await _spreadsheet.AddRowAsync(_cells.AsMemory(0, _used)).ConfigureAwait(false);
        Array.Clear(_cells, 0, _used);
        Array.Clear(_set, 0, _used);
        _used = 0;
    }
}
