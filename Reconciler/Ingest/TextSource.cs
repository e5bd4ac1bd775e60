using System.Buffers;
using System.Text;

namespace Reconciler.Ingest;

/// <summary>
/// A file's content as text read in order, never held as one string: the encoding is decided from the first
/// megabyte exactly as <see cref="TextDecoding.ReadAllText"/> decides it (or is given), the byte order mark is
/// dropped, and the text can be read again from the start (a reader may try several delimiters). A stream that
/// cannot seek is copied into memory first.
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

    /// <summary>A reader from the start of the text; the previous one must not be used any more.</summary>
    public TailReader OpenReader()
    {
        _stream.Position = _start;
        return new TailReader(new StreamReader(_stream, Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true));
    }

    public void Dispose()
    {
        if (_ownsStream) _stream.Dispose();
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
