using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace Reconciler.Ingest.Ofx;

/// <summary>Decodes &amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos; and numeric references; a raw '&amp;' is kept as it is.</summary>
internal static class OfxEntities
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Decode(ReadOnlySpan<char> text)
    {
        if (!text.Contains('&')) return text.ToString();
        var builder = new StringBuilder(text.Length);
        var k = 0;
        while (k < text.Length)
        {
            var c = text[k];
            var semicolon = c == '&' ? text.Slice(k + 1, Math.Min(10, text.Length - k - 1)).IndexOf(';') : -1;
            if (semicolon >= 0) semicolon += k + 1;
            if (semicolon < 0)
            {
                builder.Append(c);
                k++;
                continue;
            }
            var name = text[(k + 1)..semicolon].ToString();
            var decoded = name switch
            {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                "apos" => "'",
                "nbsp" => "\u00A0",
                _ when name.StartsWith("#x", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(name.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) && hex is > 0 and < 0x110000 => char.ConvertFromUtf32(hex),
                _ when name.StartsWith('#')
                    && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var dec) && dec is > 0 and < 0x110000 => char.ConvertFromUtf32(dec),
                _ => null,
            };
            if (decoded is null)
            {
                builder.Append(c);
                k++;
                continue;
            }
            builder.Append(decoded);
            k = semicolon + 1;
        }
        return builder.ToString();
    }
}
