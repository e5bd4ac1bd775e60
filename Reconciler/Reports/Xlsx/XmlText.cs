using System.Text;

namespace Reconciler.Reports.Xlsx;

/// <summary>
/// Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE and U+FFFF) written the way
/// spreadsheets encode them, _xHHHH_, so outside text with such bytes still makes a valid workbook that keeps them
/// (the workbook writer would drop control characters and turn the rest into U+FFFD or invalid XML).
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

    /// <summary>Whether <paramref name="text"/> has a character that <see cref="Safe"/> would encode.</summary>
    public static bool NeedsEncoding(ReadOnlySpan<char> text) => IndexOfBad(text, 0) >= 0;

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
