using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using Reconciler.Reports.Cells;

namespace Reconciler.Reports.Xlsx.Streaming;

/// <summary>
/// One sheet written as it goes: <see cref="Begin"/> (frozen rows, columns), then rows in increasing order with their
/// cells left to right, then <see cref="Finish"/> (filter, dropdown, links, table). Text is stored inline as a string
/// (never a formula); amounts and dates as numbers with a number format, so Excel can sum and sort them.
/// </summary>
public sealed class StreamedSheet
{
    internal static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new System.Text.UTF8Encoding(false),
        // Carriage returns in outside text stay what they are (the default would turn them into line feeds).
        NewLineHandling = NewLineHandling.Entitize,
        // Characters XML cannot carry are encoded by XmlText first.
        CheckCharacters = false,
        // Each part's zip entry must be closed before the next one is opened (the package is written as a stream).
        CloseOutput = true,
    };

    private static readonly int Epoch = new DateOnly(1899, 12, 30).DayNumber;

    private readonly StreamedWorkbook _book;
    private readonly PackagePart _part;
    private readonly StreamedWorkbook.SheetEntry _entry;
    private readonly XmlWriter _xml;
    private readonly List<(string Cell, string Location)> _links = [];
    private readonly char[] _digits = new char[40];
    private readonly TextScratch _text = new();
    private int[] _columnStyles = [];
    private int _row;

    internal StreamedSheet(StreamedWorkbook book, PackagePart part, StreamedWorkbook.SheetEntry entry)
    {
        _book = book;
        _part = part;
        _entry = entry;
        _xml = XmlWriter.Create(part.GetStream(FileMode.Create, FileAccess.Write), Settings);
        _xml.WriteStartElement("worksheet", StreamedWorkbook.Main);
        _xml.WriteAttributeString("xmlns", "r", null, StreamedWorkbook.Relationships);
    }

    /// <summary>Freezes the first <paramref name="frozenRows"/> rows and sets the columns' widths, looks and visibility.</summary>
    public void Begin(int frozenRows, IReadOnlyList<XlsxColumn> columns)
    {
        _xml.WriteStartElement("sheetViews");
        _xml.WriteStartElement("sheetView");
        _xml.WriteAttributeString("workbookViewId", "0");
        if (frozenRows > 0)
        {
            _xml.WriteStartElement("pane");
            _xml.WriteAttributeString("ySplit", Int(frozenRows));
            _xml.WriteAttributeString("topLeftCell", "A" + Int(frozenRows + 1));
            _xml.WriteAttributeString("activePane", "bottomLeft");
            _xml.WriteAttributeString("state", "frozen");
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _columnStyles = new int[columns.Count + 1];
        _xml.WriteStartElement("cols");
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            _columnStyles[i + 1] = column.Format is { } format ? _book.Styles.Index(format) : 0;
            _xml.WriteStartElement("col");
            _xml.WriteAttributeString("min", Int(i + 1));
            _xml.WriteAttributeString("max", Int(i + 1));
            _xml.WriteAttributeString("width", column.Width.ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customWidth", "1");
            if (_columnStyles[i + 1] != 0) _xml.WriteAttributeString("style", Int(_columnStyles[i + 1]));
            if (column.Hidden) _xml.WriteAttributeString("hidden", "1");
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
        _xml.WriteStartElement("sheetData");
    }

    /// <summary>Starts row <paramref name="number"/> (1-based, after the last one).</summary>
    public void Row(int number)
    {
        if (_row > 0) _xml.WriteEndElement();
        _row = number;
        _xml.WriteStartElement("row");
        _xml.WriteAttributeString("r", Int(number));
    }

    /// <summary>Text that came from outside (a bank, a billing export): neutralised, always a string.</summary>
    public void Text(int column, string? value, XlsxFormat? format = null) => Code(column, CellText.Neutralize(value), format);

    /// <summary>Two outside texts joined by a space, blank ones left out (a bank line's counterparty and remittance), neutralised.</summary>
    public void Text(int column, string? first, string? second, XlsxFormat? format = null) => Code(column, _text.NeutralJoin(first, second), format);

    /// <summary>Outside texts joined by a space (as string.Join), neutralised.</summary>
    public void Text(int column, IReadOnlyList<string> parts, XlsxFormat? format = null) => Code(column, _text.NeutralJoin(parts), format);

    /// <summary>An exception's stable id (worked out once per discrepancy).</summary>
    public void ExceptionId(int column, Rules.Discrepancies.Discrepancy discrepancy, XlsxFormat? format = null) =>
        Code(column, discrepancy.Id, format);

    /// <summary>Text the engine made itself (ids, categories, statuses), stored as a string. Empty text leaves the cell empty.</summary>
    public void Code(int column, string? value, XlsxFormat? format = null) => Code(column, value.AsSpan(), format);

    /// <summary><see cref="Code(int, string?, XlsxFormat?)"/> for text in a buffer.</summary>
    public void Code(int column, ReadOnlySpan<char> value, XlsxFormat? format = null)
    {
        if (value.IsEmpty)
        {
            if (format is not null) EmptyCell(column, format);
            return;
        }
        StartCell(column, format);
        _xml.WriteAttributeString("t", "inlineStr");
        _xml.WriteStartElement("is");
        _xml.WriteStartElement("t");
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])) _xml.WriteAttributeString("xml", "space", null, "preserve");
        XmlText.Write(_xml, value);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    public void Amount(int column, decimal? value, XlsxFormat? format = null)
    {
        if (value is not { } amount) { if (format is not null) EmptyCell(column, format); return; }
        StartCell(column, format);
        amount.TryFormat(_digits, out var length, default, CultureInfo.InvariantCulture);
        Value(length);
    }

    /// <summary>A date as Excel's day number (days since 1899-12-30), shown with the date format of its style.</summary>
    public void Date(int column, DateOnly? value, XlsxFormat? format = null)
    {
        if (value is not { } date) { if (format is not null) EmptyCell(column, format); return; }
        Number(column, date.DayNumber - Epoch, format);
    }

    public void Number(int column, int value, XlsxFormat? format = null)
    {
        StartCell(column, format);
        value.TryFormat(_digits, out var length, default, CultureInfo.InvariantCulture);
        Value(length);
    }

    /// <summary>A text cell that links to <paramref name="location"/> in the workbook ('Sheet'!A1).</summary>
    public void Link(int column, string text, string location, XlsxFormat format)
    {
        Code(column, text, format);
        _links.Add((Reference(column, _row), location));
    }

    /// <summary>Ends the sheet; <paramref name="filter"/> is an autofilter range outside a table.</summary>
    public void Finish(string? filter = null, XlsxValidation? validation = null, XlsxTable? table = null)
    {
        if (_row > 0) _xml.WriteEndElement();
        _xml.WriteEndElement(); // sheetData
        if (filter is not null)
        {
            _xml.WriteStartElement("autoFilter");
            _xml.WriteAttributeString("ref", filter);
            _xml.WriteEndElement();
            _entry.Filter = filter;
        }
        if (validation is not null) XlsxSheetParts.Validation(_xml, validation);
        if (_links.Count > 0) XlsxSheetParts.Hyperlinks(_xml, _links);
        // The sheet names its table now; the table's part is written after the sheet's (one zip entry at a time).
        if (table is not null)
        {
            _xml.WriteStartElement("tableParts");
            _xml.WriteAttributeString("count", "1");
            _xml.WriteStartElement("tablePart");
            _xml.WriteAttributeString("id", StreamedWorkbook.Relationships, StreamedWorkbook.TableRelationship);
            _xml.WriteEndElement();
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement(); // worksheet
        _xml.Dispose();
        if (table is not null) _book.AddTable(_part, table);
    }

    /// <summary>The A1-style address of a cell.</summary>
    public static string Reference(int column, int row) => ColumnName(column) + Int(row);

    /// <summary>The A1-style address of a range.</summary>
    public static string Range(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        Reference(firstColumn, firstRow) + ":" + Reference(lastColumn, lastRow);

    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + ((column - 1) % 26)) + name;
        return name;
    }

    private void StartCell(int column, XlsxFormat? format)
    {
        _xml.WriteStartElement("c");
        _xml.WriteStartAttribute("r");
        _xml.WriteString(ColumnLetters(column));
        _row.TryFormat(_digits, out var length, default, CultureInfo.InvariantCulture);
        _xml.WriteChars(_digits, 0, length);
        _xml.WriteEndAttribute();
        var style = format is { } f ? _book.Styles.Index(f) : column < _columnStyles.Length ? _columnStyles[column] : 0;
        if (style != 0) _xml.WriteAttributeString("s", Int(style));
    }

    private void EmptyCell(int column, XlsxFormat? format)
    {
        StartCell(column, format);
        _xml.WriteEndElement();
    }

    private void Value(int length)
    {
        _xml.WriteStartElement("v");
        _xml.WriteChars(_digits, 0, length);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private static readonly string[] Letters = [.. Enumerable.Range(0, 64).Select(ColumnName)];

    private static string ColumnLetters(int column) => column < Letters.Length ? Letters[column] : ColumnName(column);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
