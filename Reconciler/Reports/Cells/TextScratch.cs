namespace Reconciler.Reports.Cells;

/// <summary>
/// A reused buffer in which a writer builds one cell's text (texts joined, a formula neutralised, an amount formatted)
/// instead of making a string per row. What it returns is valid until the next call. One per writer (a workbook keeps one
/// per column, since it holds a row's cells until the row is written): not thread-safe.
/// </summary>
public sealed class TextScratch
{
    // Joined texts are built from index 1 on, so neutralising one only has to put the apostrophe at index 0.
    private char[] _chars = new char[256];

    /// <summary>The buffer, at least <paramref name="length"/> characters long (for formatting numbers into it).</summary>
    public Span<char> Chars(int length)
    {
        if (_chars.Length < length) _chars = new char[Math.Max(length, _chars.Length * 2)];
        return _chars;
    }

    /// <summary>Outside text as <see cref="CellText.Neutralize"/> writes it, copied only when it needs the apostrophe.</summary>
    public ReadOnlyMemory<char> Neutral(string? text)
    {
        if (string.IsNullOrEmpty(text) || !CellText.NeedsApostrophe(text[0])) return text.AsMemory();
        Ensure(text.Length + 1);
        text.CopyTo(_chars.AsSpan(1));
        return Neutralised(text.Length);
    }

    /// <summary>The two texts joined by a space, leaving out blank ones (<see cref="Csv.DepositPlan.JoinText"/>), neutralised.</summary>
    public ReadOnlyMemory<char> NeutralJoin(string? first, string? second)
    {
        var hasFirst = !string.IsNullOrWhiteSpace(first);
        var hasSecond = !string.IsNullOrWhiteSpace(second);
        if (!(hasFirst && hasSecond)) return Neutral(hasFirst ? first : hasSecond ? second : null);
        Ensure(first!.Length + second!.Length + 2);
        first.CopyTo(_chars.AsSpan(1));
        _chars[first.Length + 1] = ' ';
        second.CopyTo(_chars.AsSpan(first.Length + 2));
        return Neutralised(first.Length + 1 + second.Length);
    }

    /// <summary><paramref name="parts"/> joined by a space (as string.Join), neutralised.</summary>
    public ReadOnlyMemory<char> NeutralJoin(IReadOnlyList<string> parts)
    {
        if (parts.Count <= 1) return Neutral(parts.Count == 0 ? null : parts[0]);
        var length = parts.Count - 1;
        foreach (var part in parts) length += part?.Length ?? 0;
        Ensure(length + 1);
        var at = 1;
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) _chars[at++] = ' ';
            parts[i]?.CopyTo(_chars.AsSpan(at));
            at += parts[i]?.Length ?? 0;
        }
        return Neutralised(length);
    }

    /// <summary>The <paramref name="length"/> characters from index 1, with the apostrophe in front when they need it.</summary>
    private ReadOnlyMemory<char> Neutralised(int length)
    {
        if (length == 0) return ReadOnlyMemory<char>.Empty;
        if (!CellText.NeedsApostrophe(_chars[1])) return _chars.AsMemory(1, length);
        _chars[0] = '\'';
        return _chars.AsMemory(0, length + 1);
    }

    private void Ensure(int length)
    {
        if (_chars.Length < length) _chars = new char[Math.Max(length, _chars.Length * 2)];
    }
}
