namespace Reconciler.Ingest;

/// <summary>
/// A text reader that remembers the last character it handed out, so a reader can tell whether the file ends with
/// a line end (a file cut in transit does not) without holding the text. It wraps the stream reader rather than
/// deriving from it: a derived StreamReader loses the framework's fast span path.
/// </summary>
public sealed class TailReader(StreamReader inner) : TextReader
{
    /// <summary>The last character read, '\0' before any.</summary>
    public char Last { get; private set; }

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0) Last = (char)c;
        return c;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var read = inner.Read(buffer, index, count);
        if (read > 0) Last = buffer[index + read - 1];
        return read;
    }

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        if (read > 0) Last = buffer[read - 1];
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
