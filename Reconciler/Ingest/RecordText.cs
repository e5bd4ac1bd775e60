using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Reconciler.Ingest;

/// <summary>
/// Reads the text of a record-oriented file (BAI2, X12, MT940, NACHA) from its stream in chunks, instead of
/// decoding the whole file into one string: lines, or the characters up to a delimiter, come out as spans over
/// a reused buffer, valid until the next read. The encoding is found exactly as <see cref="TextDecoding.ReadAllText"/>
/// finds it (from the first megabyte, its byte order mark dropped), so the text read is the same.
/// </summary>
internal sealed class RecordText : IDisposable
{
    /// <summary>How many bytes the encoding is detected from, as in <see cref="TextDecoding.ReadAllText"/>.</summary>
    private const int DetectionBytes = 1 << 20;

    // Buffers stay under the large object heap's 85,000 bytes (the head is borrowed from the shared pool): large
    // objects made per file would start full collections of a heap that holds the whole night.
    private const int ChunkBytes = 16 * 1024;

    private readonly StreamReader _reader;
    private readonly byte[] _head;

    // Twice the chunk in characters (64 KB): a read then asks for at least as many characters as a chunk of bytes can
    // decode to, and the reader decodes straight into this buffer instead of into its own and copying them over.
    private char[] _buffer = new char[2 * ChunkBytes];
    private int _start;
    private int _end;
    private bool _ended;

    private RecordText(StreamReader reader, byte[] head)
    {
        _reader = reader;
        _head = head;
    }

    public static RecordText Open(Stream stream, Encoding? encoding = null)
    {
        var head = ArrayPool<byte>.Shared.Rent(DetectionBytes);
        var read = stream.ReadAtLeast(head.AsSpan(0, DetectionBytes), DetectionBytes, throwOnEndOfStream: false);
        var chosen = encoding ?? TextDecoding.Detect(head.AsSpan(0, read));
        // The head already read, then the rest of the stream; the reader drops the chosen encoding's preamble.
        var whole = new HeadThenRest(head, read, stream);
        return new RecordText(new StreamReader(whole, chosen, detectEncodingFromByteOrderMarks: false, bufferSize: ChunkBytes), head);
    }

    /// <summary>Whether every character has been read.</summary>
    public bool AtEnd => _start == _end && !Fill();

    /// <summary>
    /// The next line, without its break. With <paramref name="anyBreak"/> false only "\n" ends a line (a "\r" before it
    /// stays in the line, as with <c>Split('\n')</c>); with true "\r\n", "\n" and a lone "\r" all do. As with a split,
    /// the text after the last break is a line too, even when empty: a file ending in a break ends with an empty line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadLine(bool anyBreak, out ReadOnlySpan<char> line)
    {
        if (_ended) { line = default; return false; }
        var searched = 0;
        while (true)
        {
            var window = _buffer.AsSpan(_start + searched, _end - _start - searched);
            var at = anyBreak ? window.IndexOfAny('\n', '\r') : window.IndexOf('\n');
            if (at >= 0)
            {
                var length = searched + at;
                // A "\r" last in the buffer may be the first half of "\r\n": read on before deciding (Fill moves the buffer).
                if (anyBreak && _buffer[_start + length] == '\r' && _start + length + 1 == _end) Fill();
                var breakAt = _start + length;
                line = _buffer.AsSpan(_start, length);
                var skip = anyBreak && _buffer[breakAt] == '\r' && breakAt + 1 < _end && _buffer[breakAt + 1] == '\n' ? 2 : 1;
                _start = breakAt + skip;
                return true;
            }
            searched = _end - _start;
            if (!Fill())
            {
                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                _ended = true;
                return true;
            }
        }
    }

    /// <summary>Up to <paramref name="count"/> characters from the current position (fewer only at the end of the text).</summary>
    public ReadOnlySpan<char> Peek(int count)
    {
        while (_end - _start < count && Fill()) { }
        return _buffer.AsSpan(_start, Math.Min(count, _end - _start));
    }

    /// <summary>Where <paramref name="value"/> next occurs, counted from the current position; -1 when it does not.</summary>
    public int IndexOf(char value)
    {
        var searched = 0;
        while (true)
        {
            var at = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf(value);
            if (at >= 0) return searched + at;
            searched = _end - _start;
            if (!Fill()) return -1;
        }
    }

    /// <summary>The characters from the current position that <see cref="Peek"/> or <see cref="IndexOf"/> made available.</summary>
    public ReadOnlySpan<char> Available => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Moves the position on by <paramref name="count"/> characters (at most what is available).</summary>
    public void Skip(int count) => _start += Math.Min(count, _end - _start);

    /// <summary>Reads more characters behind those not yet consumed; false at the end of the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Fill()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }
        // A line or segment longer than the buffer (a hostile 20 MB line) grows it, as the whole text would have held it.
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        return read > 0;
    }

    public void Dispose()
    {
        _reader.Dispose();
        ArrayPool<byte>.Shared.Return(_head);
    }

    /// <summary>A stream that gives the bytes already read for detection, then the rest of the underlying stream.</summary>
    private sealed class HeadThenRest(byte[] head, int headLength, Stream rest) : Stream
    {
        private int _position;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position < headLength)
            {
                var n = Math.Min(buffer.Length, headLength - _position);
                head.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }
            return rest.Read(buffer);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
