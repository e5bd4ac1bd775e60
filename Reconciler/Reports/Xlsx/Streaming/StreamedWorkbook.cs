using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Reconciler.Reports.Xlsx.Streaming;

/// <summary>
/// A workbook whose sheets are written row by row as XML (no cell objects in memory, unlike ClosedXML, which took
/// seconds and gigabytes for the big sheets). Sheets are written one after the other; the style sheet and the
/// workbook part (sheet names, filter names) when it is disposed.
/// </summary>
public sealed class StreamedWorkbook : IDisposable
{
    internal const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    internal const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly List<SheetEntry> _sheets = [];
    private int _tables;

    public StreamedWorkbook(string path)
    {
        _document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        _workbook = _document.AddWorkbookPart();
    }

    public XlsxStyles Styles { get; } = new();

    /// <summary>Adds a sheet; finish it (<see cref="StreamedSheet.Finish"/>) before adding the next.</summary>
    public StreamedSheet AddSheet(string name)
    {
        var part = _workbook.AddNewPart<WorksheetPart>();
        var entry = new SheetEntry(name, _workbook.GetIdOfPart(part));
        _sheets.Add(entry);
        return new StreamedSheet(this, part, entry);
    }

    /// <summary>Adds a table part to <paramref name="sheet"/> and returns its relationship id.</summary>
    internal string AddTable(WorksheetPart sheet, XlsxTable table)
    {
        var part = sheet.AddNewPart<TableDefinitionPart>();
        var id = (++_tables).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var xml = XmlWriter.Create(part.GetStream(FileMode.Create, FileAccess.Write), StreamedSheet.Settings))
        {
            xml.WriteStartElement("table", Main);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("name", table.Name);
            xml.WriteAttributeString("displayName", table.Name);
            xml.WriteAttributeString("ref", table.Range);
            xml.WriteStartElement("autoFilter");
            xml.WriteAttributeString("ref", table.Range);
            xml.WriteEndElement();
            xml.WriteStartElement("tableColumns");
            xml.WriteAttributeString("count", table.Columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (var i = 0; i < table.Columns.Count; i++)
            {
                xml.WriteStartElement("tableColumn");
                xml.WriteAttributeString("id", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("name", table.Columns[i]);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteStartElement("tableStyleInfo");
            xml.WriteAttributeString("name", table.Style);
            xml.WriteAttributeString("showFirstColumn", "0");
            xml.WriteAttributeString("showLastColumn", "0");
            xml.WriteAttributeString("showRowStripes", "1");
            xml.WriteAttributeString("showColumnStripes", "0");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return sheet.GetIdOfPart(part);
    }

    public void Dispose()
    {
        using (var stream = _workbook.AddNewPart<WorkbookStylesPart>().GetStream(FileMode.Create, FileAccess.Write)) Styles.Write(stream);
        using (var xml = XmlWriter.Create(_workbook.GetStream(FileMode.Create, FileAccess.Write), StreamedSheet.Settings))
        {
            xml.WriteStartElement("workbook", Main);
            xml.WriteAttributeString("xmlns", "r", null, Relationships);
            xml.WriteRaw("<bookViews><workbookView/></bookViews>");
            xml.WriteStartElement("sheets");
            for (var i = 0; i < _sheets.Count; i++)
            {
                xml.WriteStartElement("sheet");
                xml.WriteAttributeString("name", _sheets[i].Name);
                xml.WriteAttributeString("sheetId", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("id", Relationships, _sheets[i].RelationshipId);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            if (_sheets.Any(s => s.Filter is not null))
            {
                // Excel keeps a sheet's autofilter range in this hidden name too.
                xml.WriteStartElement("definedNames");
                for (var i = 0; i < _sheets.Count; i++)
                {
                    if (_sheets[i].Filter is not { } filter) continue;
                    xml.WriteStartElement("definedName");
                    xml.WriteAttributeString("name", "_xlnm._FilterDatabase");
                    xml.WriteAttributeString("localSheetId", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("hidden", "1");
                    xml.WriteString($"'{_sheets[i].Name.Replace("'", "''", StringComparison.Ordinal)}'!{Absolute(filter)}");
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        _document.Dispose();
    }

    /// <summary>A1:K5 as $A$1:$K$5.</summary>
    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(cell => "$" + new string(cell.TakeWhile(char.IsLetter).ToArray()) + "$" + new string(cell.SkipWhile(char.IsLetter).ToArray())));

    internal sealed class SheetEntry(string name, string relationshipId)
    {
        public string Name { get; } = name;
        public string RelationshipId { get; } = relationshipId;
        public string? Filter { get; set; }
    }
}

/// <summary>A table over a sheet's range, with its header names (they must be the header cells' texts).</summary>
public sealed record XlsxTable(string Name, string Range, IReadOnlyList<string> Columns, string Style = "TableStyleLight1");

/// <summary>A dropdown list on a range: only the listed values are accepted.</summary>
public sealed record XlsxValidation(string Range, IReadOnlyList<string> Values, string ErrorTitle, string Error);
