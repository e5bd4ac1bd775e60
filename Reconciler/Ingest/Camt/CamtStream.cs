using System.Xml;
using System.Xml.Linq;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// Forward-only walking with <see cref="XmlReader"/>: the message is streamed and only one child of a statement
/// (one <c>Ntry</c>, one <c>Bal</c>) is held as an <see cref="XElement"/> at a time, so memory stays flat.
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
    /// reading, because loading a very deep subtree as an <see cref="XElement"/> takes time quadratic in its depth.
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

    /// <summary>Loads the element the reader is on (with line numbers), anchored at <paramref name="path"/>, and moves past it.</summary>
    public static XElement Load(XmlReader xml, string path)
    {
        XElement element;
        using (var subtree = xml.ReadSubtree())
        {
            element = XElement.Load(subtree, LoadOptions.SetLineInfo);
        }
        xml.Read();
        return CamtPath.Anchor(element, path);
    }

    public static int Line(XmlReader xml) => xml is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
