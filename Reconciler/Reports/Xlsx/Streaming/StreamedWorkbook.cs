using System.IO.Packaging;
using System.Xml;

namespace Reconciler.Reports.Xlsx.Streaming;

/// <summary>
/// A workbook whose sheets are written row by row as XML (no cell objects in memory, unlike ClosedXML, which took
/// seconds and gigabytes for the big sheets). Sheets are written one after the other; the style sheet and the
/// workbook part (sheet names, filter names) when it is disposed. The package is opened write-only (System.IO.Packaging
/// directly: the Open XML SDK refuses a write-only package), so each part goes through the zip to the file as it is
/// written; the SDK's read-write mode kept every part in memory until the end, tens of megabytes per big sheet.
/// A zip being created cannot interleave entries, and an entry created is finished when the next one is: each part is
/// created just before it is written, and the workbook part (which relates to the others) last.
/// </summary>
public sealed class StreamedWorkbook : IDisposable
{
    internal const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    internal const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /// <summary>Fast deflate: the sheets are large and repetitive, and the default level cost several times the time for a few percent.</summary>
    private const CompressionOption Compression = CompressionOption.Fast;

    private readonly FileStream _file;
    private readonly Package _package;
    private readonly List<SheetEntry> _sheets = [];
    private int _tables;

    public StreamedWorkbook(string path)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _package = Package.Open(_file, FileMode.Create, FileAccess.Write);
    }

    public XlsxStyles Styles { get; } = new();

    /// <summary>Adds a sheet; finish it (<see cref="StreamedSheet.Finish"/>) before adding the next.</summary>
    public StreamedSheet AddSheet(string name)
    {
        var number = _sheets.Count + 1;
        var part = AddPart($"/xl/worksheets/sheet{number}.xml", "worksheet");
        var entry = new SheetEntry(name, $"rId{number}", part.Uri);
        _sheets.Add(entry);
        return new StreamedSheet(this, part, entry);
    }

    /// <summary>The relationship id by which a sheet names its table (a sheet has one table at most).</summary>
    internal const string TableRelationship = "rId1";

    /// <summary>Adds and writes the table of <paramref name="sheet"/>, once the sheet's own part is written.</summary>
    internal void AddTable(PackagePart sheet, XlsxTable table)
    {
        var part = AddPart($"/xl/tables/table{++_tables}.xml", "table");
        Relate(sheet, part.Uri, "table", TableRelationship);
        var id = _tables.ToString(System.Globalization.CultureInfo.InvariantCulture);
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
    }

    /// <summary>A new part at <paramref name="name"/> of the spreadsheet type <paramref name="type"/> (its zip entry, to be written next).</summary>
    private PackagePart AddPart(string name, string type) =>
        _package.CreatePart(new Uri(name, UriKind.Relative), ContentType + type + "+xml", Compression);

    /// <summary>Relates <paramref name="owner"/> to the part at <paramref name="target"/> (relationships are written when the package closes).</summary>
    private static void Relate(PackagePart owner, Uri target, string type, string id) =>
        owner.CreateRelationship(PackUriHelper.GetRelativeUri(owner.Uri, target), TargetMode.Internal, Relationships + "/" + type, id);

    public void Dispose()
    {
        var styles = AddPart("/xl/styles.xml", "styles");
        using (var stream = styles.GetStream(FileMode.Create, FileAccess.Write)) Styles.Write(stream);
        var workbook = AddPart("/xl/workbook.xml", "sheet.main");
        _package.CreateRelationship(workbook.Uri, TargetMode.Internal, Relationships + "/officeDocument", "rId1");
        foreach (var sheet in _sheets) Relate(workbook, sheet.Uri, "worksheet", sheet.RelationshipId);
        Relate(workbook, styles.Uri, "styles", "rIdStyles");
        using (var xml = XmlWriter.Create(workbook.GetStream(FileMode.Create, FileAccess.Write), StreamedSheet.Settings))
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
        _package.Close();
        _file.Dispose();
    }

    /// <summary>A1:K5 as $A$1:$K$5.</summary>
    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(cell => "$" + new string(cell.TakeWhile(char.IsLetter).ToArray()) + "$" + new string(cell.SkipWhile(char.IsLetter).ToArray())));

    internal sealed class SheetEntry(string name, string relationshipId, Uri uri)
    {
        public Uri Uri { get; } = uri;
        public string Name { get; } = name;
        public string RelationshipId { get; } = relationshipId;
        public string? Filter { get; set; }
    }
}

/// <summary>A table over a sheet's range, with its header names (they must be the header cells' texts).</summary>
public sealed record XlsxTable(string Name, string Range, IReadOnlyList<string> Columns, string Style = "TableStyleLight1");

/// <summary>A dropdown list on a range: only the listed values are accepted.</summary>
public sealed record XlsxValidation(string Range, IReadOnlyList<string> Values, string ErrorTitle, string Error);
