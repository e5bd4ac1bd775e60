using System.Buffers;
using System.Text;

namespace Reconciler.Ingest;

/// <summary>
/// A file's content as text read in order, never held as one string: the encoding is decided from the first
/// megabyte exactly as <see cref="TextDecoding.ReadAllText"/> decides it (or is given), the byte order mark is
/// dropped, and the text can be read again from the start (a reader may try several delimiters). UTF-8, the usual
/// case, is handed out as its bytes (the CSV tokenizer reads those directly; decoding first would cost two more
/// passes). A stream that cannot seek is copied into memory first.
/// </summary>
public sealed class TextSource : IDisposable
{
    /// <summary>How much of the start the encoding is decided from (the same as <see cref="TextDecoding.ReadAllText"/>).</summary>
    private const int DetectBytes = 1 << 20;

    private readonly Stream _stream;
    private readonly long _start;
    private readonly bool _ownsStream;

    private TextSource(Stream stream, bool ownsStream, Encoding? encoding)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _start = stream.Position;
        Encoding = encoding ?? DetectEncoding(stream, _start);
    }

    public Encoding Encoding { get; }

    /// <summary>Opens <paramref name="content"/> (not closed by this source) as text in <paramref name="encoding"/>, or the detected one.</summary>
    public static TextSource Open(Stream content, Encoding? encoding = null)
    {
        if (content.CanSeek) return new TextSource(content, ownsStream: false, encoding);
        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return new TextSource(copy, ownsStream: true, encoding);
    }

    /// <summary>Whether the text is UTF-8 (then <see cref="OpenUtf8"/> gives its bytes).</summary>
    public bool IsUtf8 => Encoding.CodePage == Encoding.UTF8.CodePage;

    /// <summary>A reader from the start of the text (the source stays open); the previous one must not be used any more.</summary>
    public StreamReader OpenReader()
    {
        _stream.Position = _start;
        return new StreamReader(_stream, Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
    }

    /// <summary>The UTF-8 bytes from the start of the text, after the byte order mark (do not close the stream).</summary>
    public Stream OpenUtf8()
    {
        if (!IsUtf8) throw new InvalidOperationException($"the text is {Encoding.WebName}, not UTF-8");
        _stream.Position = _start + PreambleLength();
        return _stream;
    }

    /// <summary>Whether the text's last character is a line end ('\n'); a file cut in transit usually ends without one.</summary>
    public bool EndsWithLineEnd() => EndsWith('\n');

    /// <summary>Whether the text's last character is <paramref name="ascii"/> (an ASCII character).</summary>
    public bool EndsWith(char ascii)
    {
        if (IsUtf8 || Encoding.IsSingleByte)
        {
            // One byte per ASCII character, and such a byte is never part of another character in these encodings.
            if (_stream.Length - _start - PreambleLength() < 1) return false;
            _stream.Position = _stream.Length - 1;
            return _stream.ReadByte() == ascii;
        }
        using var reader = OpenReader();
        var buffer = new char[4096];
        var last = '\0';
        for (int read; (read = reader.Read(buffer)) > 0;) last = buffer[read - 1];
        return last == ascii;
    }

    public void Dispose()
    {
        if (_ownsStream) _stream.Dispose();
    }

    /// <summary>How many bytes of byte order mark the text starts with (the encoding's own, when present).</summary>
    private int PreambleLength()
    {
        var preamble = Encoding.Preamble;
        if (preamble.Length == 0) return 0;
        Span<byte> head = stackalloc byte[preamble.Length];
        _stream.Position = _start;
        var read = _stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return read == head.Length && head.SequenceEqual(preamble) ? preamble.Length : 0;
    }

    private static Encoding DetectEncoding(Stream stream, long start)
    {
        var head = ArrayPool<byte>.Shared.Rent(DetectBytes);
        try
        {
            var read = stream.ReadAtLeast(head.AsSpan(0, DetectBytes), DetectBytes, throwOnEndOfStream: false);
            return TextDecoding.Detect(head.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
            stream.Position = start;
        }
    }
}
