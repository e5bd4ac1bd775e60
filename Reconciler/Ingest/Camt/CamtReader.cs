using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// ISO 20022 bank-to-customer cash management: camt.052 (intraday report), camt.053 (statement) and camt.054
/// (debit/credit notification), every version .01 to .13. One instance per message; each reads the others too
/// when forced, with a warning. A DTD or entity declaration is refused, never resolved.
/// </summary>
public sealed partial class CamtReader(CamtMessage message) : IFileReader
{
    public string Format => message.Format;

    public int Detect(FileSniff sniff)
    {
        var text = sniff.Trimmed;
        if (!text.StartsWith('<')) return 0;
        var declared = DeclaredNamespace().Match(text);
        if (declared.Success) return declared.Groups[1].Value == message.Number ? 90 : 0;
        // No camt namespace: recognise the message element alone, less surely.
        var root = RootElement().Match(text);
        return root.Success && CamtMessage.FromRoot(root.Groups[1].Value) == message ? 60 : 0;
    }

    public ParsedFile Read(Stream content, string fileName)
    {
        var reader = new CamtDocumentReader(fileName, message);
        if (!content.CanSeek)
        {
            var copy = new MemoryStream();
            content.CopyTo(copy);
            copy.Position = 0;
            content = copy;
        }
        if (CamtStream.TooDeep(content) is { } deepLine)
        {
            return reader.Fail($"line {deepLine}", $"elements are nested deeper than {CamtStream.MaxDepth} levels; the file is refused");
        }
        // Created inside the try: the reader decodes the first bytes at once, and they may already be bad.
        XmlReader? xml = null;
        try
        {
            xml = XmlReader.Create(content, CamtStream.Settings);
            return reader.Read(xml);
        }
        catch (XmlException ex) when (xml?.NodeType == XmlNodeType.DocumentType || ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return reader.Fail(DoctypeLine(content) ?? Where(xml, ex), "the file declares a DTD (<!DOCTYPE>); DTDs and entities are refused and nothing they name is read");
        }
        catch (XmlException ex)
        {
            return reader.Fail(Where(xml, ex), "the XML is not well-formed: " + ex.Message);
        }
        catch (DecoderFallbackException ex)
        {
            return reader.Fail(Where(xml, null), "the text is not in the encoding the XML declares: " + ex.Message);
        }
        finally
        {
            xml?.Dispose();
        }
    }

    /// <summary>.NET reports no line for a prohibited DTD: find the DOCTYPE in the file's head when the stream can rewind.</summary>
    private static string? DoctypeLine(Stream content)
    {
        if (!content.CanSeek) return null;
        content.Position = 0;
        var head = new byte[64 * 1024];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = Encoding.Latin1.GetString(head, 0, read);
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        return at < 0 ? null : $"line {text.AsSpan(0, at).Count('\n') + 1}";
    }

    private static string Where(XmlReader? xml, XmlException? ex)
    {
        var line = ex is { LineNumber: > 0 } ? ex.LineNumber : xml is null ? 0 : CamtStream.Line(xml);
        return line > 0 ? $"line {line}" : "file";
    }

    [GeneratedRegex(@"xmlns(?::\w+)?\s*=\s*[""'][^""']{0,200}camt\.(05[234])\.001\.\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredNamespace();

    [GeneratedRegex(@"<(?:\w+:)?(BkToCstmr\w{0,20})[\s>]", RegexOptions.CultureInvariant)]
    private static partial Regex RootElement();
}
