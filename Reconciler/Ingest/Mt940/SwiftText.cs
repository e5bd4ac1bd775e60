using System.Globalization;
using System.Text;

namespace Reconciler.Ingest.Mt940;

/// <summary>
/// The lines of an MT940/MT942 file (UTF-8, Windows-1252 / ISO-8859-1 detected by <see cref="TextDecoding"/>), CR/LF
/// normalised, read as they are asked for: the splitter looks a few lines ahead, and lines it has passed are let go.
/// Stray control bytes are replaced by spaces and reported as warnings.
/// </summary>
internal sealed class SwiftText(RecordText text, string file, List<ParseProblem> problems)
{
    private const int MaxControlWarnings = 10;

    // Lines behind the one being read are dropped in batches of this many.
    private const int ForgetAfter = 4096;

    private readonly List<string> _window = [];
    private int _first;
    private int _controls;
    private bool _ended;

    /// <summary>Whether the file has a line at <paramref name="index"/> (0-based).</summary>
    public bool Has(int index)
    {
        while (!_ended && index >= _first + _window.Count) ReadLine();
        return index < _first + _window.Count;
    }

    /// <summary>The line at <paramref name="index"/>; it must not be before the last one passed to <see cref="Forget"/>.</summary>
    public string this[int index] => Has(index) ? _window[index - _first] : "";

    /// <summary>Lines before <paramref name="index"/> are not asked for again.</summary>
    public void Forget(int index)
    {
        if (index - _first < ForgetAfter) return;
        _window.RemoveRange(0, index - _first);
        _first = index;
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
        var number = _first + _window.Count + 1;
        _window.Add(HasControl(line) ? Clean(line, number) : line.Length == 0 ? "" : line.ToString());
    }

    private static bool HasControl(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c < ' ' || c == '\u007F') return true;
        }
        return false;
    }

    private string Clean(ReadOnlySpan<char> line, int number)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == '\t') { builder.Append(' '); continue; }
            if (c >= ' ' && c != '\u007F') { builder.Append(c); continue; }
            builder.Append(' ');
            if (++_controls <= MaxControlWarnings)
            {
                problems.Add(ParseProblem.Warning(file, $"line {number}", null,
                    $"control byte 0x{((int)c).ToString("X2", CultureInfo.InvariantCulture)} replaced by a space"));
            }
        }
        return builder.ToString();
    }
}
