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
        try
        {
            using var xml = XmlReader.Create(content, CamtStream.Settings);
            return reader.Read(xml);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return reader.Fail($"line {ex.LineNumber}", "the file declares a DTD (<!DOCTYPE>); DTDs and entities are refused and nothing they name is read");
        }
        catch (XmlException ex)
        {
            return reader.Fail($"line {ex.LineNumber}, column {ex.LinePosition}", "the XML is not well-formed: " + ex.Message);
        }
        catch (DecoderFallbackException ex)
        {
            return reader.Fail("file", "the text is not in the encoding the XML declares: " + ex.Message);
        }
    }

    [GeneratedRegex(@"xmlns(?::\w+)?\s*=\s*[""'][^""']{0,200}camt\.(05[234])\.001\.\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredNamespace();

    [GeneratedRegex(@"<(?:\w+:)?(BkToCstmr\w{0,20})[\s>]", RegexOptions.CultureInvariant)]
    private static partial Regex RootElement();
}
