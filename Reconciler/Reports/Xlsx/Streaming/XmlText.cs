using System.Text;

namespace Reconciler.Reports.Xlsx.Streaming;

/// <summary>
/// Characters XML 1.0 cannot carry (control characters, lone surrogates) written the way spreadsheets encode them,
/// _xHHHH_, so outside text with such bytes still makes a valid workbook.
/// </summary>
public static class XmlText
{
    public static string Safe(string text)
    {
        var bad = IndexOfBad(text, 0);
        if (bad < 0) return text;
        var safe = new StringBuilder(text.Length + 16);
        var start = 0;
        for (; bad >= 0; bad = IndexOfBad(text, start))
        {
            safe.Append(text, start, bad - start).Append("_x").Append(((int)text[bad]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
            start = bad + 1;
        }
        return safe.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>Writes <paramref name="text"/> made safe, copying it only when it has characters to encode.</summary>
    public static void Write(System.Xml.XmlWriter xml, ReadOnlySpan<char> text)
    {
        if (IndexOfBad(text, 0) >= 0) { xml.WriteString(Safe(text.ToString())); return; }
        // WriteChars needs an array; most texts arrive as strings, whose array would be a copy anyway.
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(chars);
        xml.WriteChars(chars, 0, text.Length);
        System.Buffers.ArrayPool<char>.Shared.Return(chars);
    }

    private static int IndexOfBad(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r')) return i;
            if (c is '\uFFFE' or '\uFFFF') return i;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
                return i;
            }
            if (char.IsLowSurrogate(c)) return i;
        }
        return -1;
    }
}
