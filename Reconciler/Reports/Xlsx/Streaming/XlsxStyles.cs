using System.Xml;

namespace Reconciler.Reports.Xlsx.Streaming;

/// <summary>
/// The styles of a streamed workbook: each distinct <see cref="XlsxFormat"/> gets a cell style index on first use,
/// and the style sheet is written once every sheet is done. Fonts and fills are fixed lists indexed by the enums.
/// </summary>
public sealed class XlsxStyles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly Dictionary<XlsxFormat, int> _indexes = new() { [XlsxFormat.Plain] = 0 };
    private readonly List<XlsxFormat> _formats = [XlsxFormat.Plain];

    /// <summary>The style index of <paramref name="format"/> (0 is the plain style).</summary>
    public int Index(XlsxFormat format)
    {
        if (!_indexes.TryGetValue(format, out var index))
        {
            index = _formats.Count;
            _formats.Add(format);
            _indexes[format] = index;
        }
        return index;
    }

    public void Write(Stream stream)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartElement("styleSheet", Main);
        xml.WriteStartElement("numFmts");
        xml.WriteAttributeString("count", "2");
        NumberFormat(xml, 164, XlsxCells.DateFormat);
        NumberFormat(xml, 165, XlsxCells.AmountFormat);
        xml.WriteEndElement();
        xml.WriteRaw("""
            <fonts count="5"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><i/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font><font><u/><sz val="11"/><color rgb="FF0000FF"/><name val="Calibri"/><family val="2"/></font></fonts>
            """);
        xml.WriteRaw("""<fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>""");
        // Fill ids 2 to 5 follow XlsxFill: Header, Reviewer, Error, Warning.
        foreach (var rgb in new[] { "FFDDEBF7", "FFE2EFDA", "FFF8CBAD", "FFFFE699" })
            xml.WriteRaw($"""<fill><patternFill patternType="solid"><fgColor rgb="{rgb}"/><bgColor indexed="64"/></patternFill></fill>""");
        xml.WriteRaw("</fills>");
        xml.WriteRaw("""<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top style="thin"><color indexed="64"/></top><bottom/><diagonal/></border></borders>""");
        xml.WriteRaw("""<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>""");
        xml.WriteStartElement("cellXfs");
        xml.WriteAttributeString("count", _formats.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var format in _formats) CellFormat(xml, format);
        xml.WriteEndElement();
        xml.WriteRaw("""<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>""");
        xml.WriteEndElement();
    }

    private static void NumberFormat(XmlWriter xml, int id, string code)
    {
        xml.WriteStartElement("numFmt");
        xml.WriteAttributeString("numFmtId", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("formatCode", code);
        xml.WriteEndElement();
    }

    private static void CellFormat(XmlWriter xml, XlsxFormat f)
    {
        var numFmt = f.Number switch { XlsxNumber.Date => 164, XlsxNumber.Amount => 165, _ => 0 };
        var fill = f.Fill == XlsxFill.None ? 0 : (int)f.Fill + 1;
        xml.WriteStartElement("xf");
        xml.WriteAttributeString("numFmtId", numFmt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("fontId", ((int)f.Font).ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("fillId", fill.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("borderId", f.TopBorder ? "1" : "0");
        xml.WriteAttributeString("xfId", "0");
        if (numFmt != 0) xml.WriteAttributeString("applyNumberFormat", "1");
        if (f.Font != XlsxFont.Regular) xml.WriteAttributeString("applyFont", "1");
        if (fill != 0) xml.WriteAttributeString("applyFill", "1");
        if (f.TopBorder) xml.WriteAttributeString("applyBorder", "1");
        if (f.Wrap || f.Top)
        {
            xml.WriteAttributeString("applyAlignment", "1");
            xml.WriteStartElement("alignment");
            if (f.Wrap) xml.WriteAttributeString("wrapText", "1");
            if (f.Top) xml.WriteAttributeString("vertical", "top");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
