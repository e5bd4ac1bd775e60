using Reconciler.Rules.Matching;

namespace Reconciler.Rules.Rules.Settlement;

/// <summary>
/// What the settlement rules read of a bank line's text: its texts joined by spaces and upper-cased, once per line for all
/// the settlement rules (they look at one line after another, each rule in turn). The night's <see cref="UnsettledBatches"/>
/// keeps one, made again for each line into the same buffers: every bank line of a night is searched, most for nothing.
/// </summary>
internal sealed class LineText
{
    private CashCandidate? _line;
    private char[] _joined = new char[256];
    private char[] _upper = new char[256];
    private int _length = -1;
    private string? _upperString;

    public static LineText Of(CashCandidate line, UnsettledBatches night)
    {
        var text = night.LastLineText ??= new LineText();
        if (!ReferenceEquals(text._line, line)) (text._line, text._length, text._upperString) = (line, -1, null);
        return text;
    }

    /// <summary>Whether the upper-cased text has <paramref name="upper"/> in it (an ordinal search).</summary>
    public bool Contains(string upper) => UpperSpan.IndexOf(upper.AsSpan()) >= 0;

    public string Upper => _upperString ??= new string(UpperSpan);

    private ReadOnlySpan<char> UpperSpan
    {
        get
        {
            if (_length < 0) Fill(_line!.Texts);
            return _upper.AsSpan(0, _length);
        }
    }

    // As string.Join(' ', texts).ToUpperInvariant(), into the buffers.
    private void Fill(IReadOnlyList<string> texts)
    {
        var length = Math.Max(0, texts.Count - 1);
        for (var i = 0; i < texts.Count; i++) length += texts[i].Length;
        if (_joined.Length < length) (_joined, _upper) = (new char[length * 2], new char[length * 2]);
        var at = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            if (i > 0) _joined[at++] = ' ';
            texts[i].CopyTo(_joined.AsSpan(at));
            at += texts[i].Length;
        }
        _length = _joined.AsSpan(0, at).ToUpperInvariant(_upper);
    }
}
