using System.Xml;

namespace Reconciler.Reports.Xlsx.Streaming;

/// <summary>The elements that follow a streamed sheet's rows: its dropdown list and its links.</summary>
internal static class XlsxSheetParts
{
    public static void Validation(XmlWriter xml, XlsxValidation validation)
    {
        xml.WriteStartElement("dataValidations");
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("dataValidation");
        xml.WriteAttributeString("type", "list");
        xml.WriteAttributeString("errorStyle", "stop");
        xml.WriteAttributeString("allowBlank", "1");
        xml.WriteAttributeString("showInputMessage", "1");
        xml.WriteAttributeString("showErrorMessage", "1");
        xml.WriteAttributeString("errorTitle", validation.ErrorTitle);
        xml.WriteAttributeString("error", validation.Error);
        xml.WriteAttributeString("sqref", validation.Range);
        xml.WriteElementString("formula1", "\"" + string.Join(',', validation.Values) + "\"");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    public static void Hyperlinks(XmlWriter xml, IReadOnlyList<(string Cell, string Location)> links)
    {
        xml.WriteStartElement("hyperlinks");
        foreach (var (cell, location) in links)
        {
            xml.WriteStartElement("hyperlink");
            xml.WriteAttributeString("ref", cell);
            xml.WriteAttributeString("location", location);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
