using System.Text;

namespace Reconciler.Ingest.Ofx;

/// <summary>
/// The OFX header: 1.x "KEY:VALUE" lines (OFXHEADER, DATA, VERSION, ENCODING, CHARSET ...; spaces and missing line breaks
/// tolerated) or 2.x <c>&lt;?xml?&gt;</c> + <c>&lt;?OFX?&gt;</c>. It decides the text encoding: CHARSET 1252 / ISO-8859-1 /
/// UTF-8 is honoured; otherwise the bytes are tested (UTF-8, else Windows-1252).
/// </summary>
internal sealed record OfxHeader(string? Version, bool IsXml, Encoding Encoding)
{
    public static OfxHeader Read(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var isXml = head.TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\r', '\n', '\t').StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<?OFX", StringComparison.OrdinalIgnoreCase);
        var body = head.IndexOf("<OFX", StringComparison.OrdinalIgnoreCase);
        var header = body < 0 ? head : head[..body];
        var version = Value(header, "VERSION");
        var charset = Value(header, "CHARSET");
        var encoding = Value(header, "ENCODING");
        if (isXml)
        {
            var declared = Value(header, "encoding");
            return new OfxHeader(version, true, ByName(declared) ?? TextDecoding.Detect(bytes));
        }
        var chosen = ByName(charset) ?? (encoding?.Contains("UTF", StringComparison.OrdinalIgnoreCase) == true ? new UTF8Encoding(false) : null);
        return new OfxHeader(version, false, chosen ?? TextDecoding.Detect(bytes));
    }

    /// <summary>"KEY:VALUE" (SGML) or KEY="VALUE" (XML), case-insensitive, spaces tolerated.</summary>
    private static string? Value(string header, string key)
    {
        var at = 0;
        while ((at = header.IndexOf(key, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var p = at + key.Length;
            at = p;
            while (p < header.Length && header[p] == ' ') p++;
            if (p >= header.Length || header[p] is not (':' or '=')) continue;
            p++;
            while (p < header.Length && header[p] is ' ' or '"' or '\'') p++;
            var end = p;
            while (end < header.Length && (char.IsAsciiLetterOrDigit(header[end]) || header[end] is '-' or '_' or '.')) end++;
            return header[p..end];
        }
        return null;
    }

    private static Encoding? ByName(string? name) => name?.ToUpperInvariant() switch
    {
        "1252" or "WINDOWS-1252" or "CP1252" => TextDecoding.Windows1252,
        "ISO-8859-1" or "8859-1" or "LATIN1" or "ISO8859-1" => Encoding.Latin1,
        "UTF-8" or "UTF8" => new UTF8Encoding(false),
        _ => null,
    };
}
