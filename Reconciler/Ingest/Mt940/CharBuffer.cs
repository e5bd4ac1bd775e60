namespace Reconciler.Ingest.Mt940;

/// <summary>A reusable run of characters that pieces of text are put together in, read back as a span (no string made).</summary>
internal sealed class CharBuffer
{
    private char[] _chars = new char[256];
    private int _length;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + text.Length));
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }
}
