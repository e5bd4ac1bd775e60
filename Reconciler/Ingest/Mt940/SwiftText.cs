using System.Globalization;

namespace Reconciler.Ingest.Mt940;

/// <summary>
/// The lines of an MT940/MT942 file (UTF-8, Windows-1252 / ISO-8859-1 detected by <see cref="TextDecoding"/>), CR/LF
/// normalised, read as they are asked for: the splitter looks a few lines ahead, and lines it has passed are let go.
/// Stray control bytes are replaced by spaces and reported as warnings. The lines are kept as spans over one character
/// buffer, not as a string each: only the field values the statements keep become strings.
/// </summary>
internal sealed class SwiftText(RecordText text, string file, List<ParseProblem> problems)
{
    private const int MaxControlWarnings = 10;

    // The characters of passed lines are dropped once this many lie behind the line being read (the buffer stays
    // under the large object heap's 85,000 bytes unless a single line is longer).
    private const int ForgetAfterChars = 8 * 1024;

    // Where each kept line lies in _chars.
    private readonly List<(int Start, int Length)> _lines = [];
    private char[] _chars = new char[16 * 1024];
    private int _used;
    private int _first;
    private int _controls;
    private bool _ended;

    /// <summary>Whether the file has a line at <paramref name="index"/> (0-based).</summary>
    public bool Has(int index)
    {
        while (!_ended && index >= _first + _lines.Count) ReadLine();
        return index < _first + _lines.Count;
    }

    /// <summary>
    /// The line at <paramref name="index"/>; it must not be before the last one passed to <see cref="Forget"/>. The span
    /// stays valid until the next <see cref="Forget"/>: reading ahead moves to a new buffer, it never overwrites one.
    /// </summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            if (!Has(index)) return default;
            var (start, length) = _lines[index - _first];
            return _chars.AsSpan(start, length);
        }
    }

    /// <summary>Lines before <paramref name="index"/> are not asked for again (nor are spans of earlier lines used).</summary>
    public void Forget(int index)
    {
        if (index <= _first || !Has(index)) return;
        var from = _lines[index - _first].Start;
        if (from < ForgetAfterChars) return;
        _lines.RemoveRange(0, index - _first);
        _first = index;
        Array.Copy(_chars, from, _chars, 0, _used - from);
        _used -= from;
        for (var k = 0; k < _lines.Count; k++) _lines[k] = (_lines[k].Start - from, _lines[k].Length);
    }

    private void ReadLine()
    {
        if (!text.TryReadLine(anyBreak: true, out var line))
        {
            _ended = true;
            if (_controls > MaxControlWarnings)
            {
                problems.Add(ParseProblem.Warning(file, "file", null,
                    $"{_controls} control bytes in all were replaced by spaces (only the first {MaxControlWarnings} are listed)"));
            }
            return;
        }
        if (_used + line.Length > _chars.Length)
        {
            // A new buffer, not a resize in place: spans of the lines read so far must keep their characters.
            var bigger = new char[Math.Max(_chars.Length * 2, _used + line.Length)];
            Array.Copy(_chars, bigger, _used);
            _chars = bigger;
        }
        var target = _chars.AsSpan(_used, line.Length);
        line.CopyTo(target);
        if (HasControl(line)) Clean(target, _first + _lines.Count + 1);
        _lines.Add((_used, line.Length));
        _used += line.Length;
    }

    private static bool HasControl(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c < ' ' || c == '\u007F') return true;
        }
        return false;
    }

    /// <summary>Replaces tabs and control bytes by spaces, warning about the control bytes.</summary>
    private void Clean(Span<char> line, int number)
    {
        for (var k = 0; k < line.Length; k++)
        {
            var c = line[k];
            if (c == '\t') { line[k] = ' '; continue; }
            if (c >= ' ' && c != '\u007F') continue;
            line[k] = ' ';
            if (++_controls <= MaxControlWarnings)
            {
                problems.Add(ParseProblem.Warning(file, $"line {number}", null,
                    $"control byte 0x{((int)c).ToString("X2", CultureInfo.InvariantCulture)} replaced by a space"));
            }
        }
    }
}
