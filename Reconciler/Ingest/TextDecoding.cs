using System.Text;

namespace Reconciler.Ingest;

/// <summary>
/// Finds the encoding of bank text: a byte order mark first, then strict UTF-8, and Windows-1252 when the
/// bytes are not valid UTF-8 (the usual encoding of European bank downloads).
/// </summary>
public static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static Encoding Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new UTF8Encoding(true);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode;
        return IsUtf8(head) ? new UTF8Encoding(false) : Windows1252;
    }

    /// <summary>Resolves a configured encoding name; null or "auto" means detect.</summary>
    public static Encoding? ByName(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Equals("auto", StringComparison.OrdinalIgnoreCase)
            ? null
            : Encoding.GetEncoding(name);

    /// <summary>Reads a whole file as text with the detected (or given) encoding; the BOM is dropped.</summary>
    public static string ReadAllText(Stream stream, Encoding? encoding = null)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        var chosen = encoding ?? Detect(bytes[..Math.Min(bytes.Length, 1 << 20)]);
        var preamble = chosen.Preamble;
        if (bytes.StartsWith(preamble)) bytes = bytes[preamble.Length..];
        return chosen.GetString(bytes);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        // A sniff may cut a multi-byte character at its end: ignore up to 3 trailing bytes of it.
        for (var cut = 0; cut <= 3 && cut <= bytes.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(bytes[..(bytes.Length - cut)])) return true;
            if (cut < bytes.Length && bytes[bytes.Length - 1 - cut] < 0x80) return false;
        }
        return false;
    }
}
