using System.Xml;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// Forward-only walking with <see cref="XmlReader"/>: the message is streamed and only one child of a statement
/// (one <c>Ntry</c>, one <c>Bal</c>) is held as a <see cref="CamtElement"/> at a time, so memory stays flat.
/// </summary>
internal static class CamtStream
{
    /// <summary>DTDs are refused and nothing external is ever resolved.</summary>
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Real camt nests about 15 levels; far deeper is an attack or garbage.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The line of the first element nested deeper than <see cref="MaxDepth"/>, or null. A quick forward scan before
    /// reading, because a very deep subtree makes the loaded <see cref="CamtElement"/> slow to walk (its text and
    /// paths are found recursively) and could exhaust the stack.
    /// Malformed XML ends the scan: the reading pass reports it.
    /// </summary>
    public static int? TooDeep(Stream content)
    {
        var start = content.Position;
        try
        {
            using var xml = XmlReader.Create(content, Settings);
            while (xml.Read())
            {
                if (xml.Depth > MaxDepth) return Math.Max(Line(xml), 1);
            }
            return null;
        }
        catch (Exception ex) when (ex is XmlException or System.Text.DecoderFallbackException)
        {
            return null;
        }
        finally
        {
            content.Position = start;
        }
    }

    /// <summary>
    /// Positions the reader on each child element of the element it is on, in turn. The caller must consume each
    /// child (<see cref="Load"/>, <see cref="XmlReader.Skip"/> or a nested walk); afterwards the reader is past the parent.
    /// </summary>
    public static IEnumerable<string> ChildElements(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            yield break;
        }
        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
            {
                xml.Read();
                yield break;
            }
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1)
            {
                yield return xml.LocalName;
                continue;
            }
            xml.Read();
        }
    }

    /// <summary>
    /// Loads the element the reader is on (with line numbers), anchored at <paramref name="path"/>, and moves past it.
    /// Built straight from this reader: no subtree reader, no XElement annotations (see <see cref="CamtElement"/>).
    /// </summary>
    public static CamtElement Load(XmlReader xml, string path)
    {
        var root = Open(xml);
        root.AnchorPath = path;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return root;
        }
        var current = root;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    var child = Open(xml);
                    current.AddChild(child);
                    if (!xml.IsEmptyElement) current = child;
                    break;
                case XmlNodeType.EndElement:
                    if (current == root)
                    {
                        xml.Read();
                        return root;
                    }
                    current = current.Parent!;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    current.AddText(xml.Value);
                    break;
            }
        }
        return root;
    }

    /// <summary>The element the reader is on, with its unqualified attributes; the reader is left on the element.</summary>
    private static CamtElement Open(XmlReader xml)
    {
        var element = new CamtElement(xml.LocalName, Line(xml));
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                if (xml.NamespaceURI.Length == 0) element.AddAttribute(xml.LocalName, xml.Value);
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }
        return element;
    }

    public static int Line(XmlReader xml) => xml is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
