using System.Globalization;
using System.Text;

namespace Reconciler.Ingest.Mt940;

/// <summary>
/// Decodes an MT940/MT942 file (UTF-8, Windows-1252 / ISO-8859-1 detected by <see cref="TextDecoding"/>) and cuts it into
/// lines with CR/LF normalised, as it is read. Stray control bytes are replaced by spaces and reported as warnings.
/// </summary>
internal static class SwiftText
{
    private const int MaxControlWarnings = 10;

    public static List<string> Lines(Stream content, string file, List<ParseProblem> problems)
    {
        using var text = RecordText.Open(content);
        var lines = new List<string>();
        var controls = 0;
        var number = 1;
        while (text.TryReadLine(anyBreak: true, out var line))
        {
            lines.Add(HasControl(line) ? Clean(line, file, number, problems, ref controls) : line.Length == 0 ? "" : line.ToString());
            number++;
        }
        if (controls > MaxControlWarnings)
        {
            problems.Add(ParseProblem.Warning(file, "file", null,
                $"{controls} control bytes in all were replaced by spaces (only the first {MaxControlWarnings} are listed)"));
        }
        return lines;
    }

    private static bool HasControl(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c < ' ' || c == '\u007F') return true;
        }
        return false;
    }

    private static string Clean(ReadOnlySpan<char> line, string file, int number, List<ParseProblem> problems, ref int controls)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == '\t') { builder.Append(' '); continue; }
            if (c >= ' ' && c != '\u007F') { builder.Append(c); continue; }
            builder.Append(' ');
            if (++controls <= MaxControlWarnings)
            {
                problems.Add(ParseProblem.Warning(file, $"line {number}", null,
                    $"control byte 0x{((int)c).ToString("X2", CultureInfo.InvariantCulture)} replaced by a space"));
            }
        }
        return builder.ToString();
    }
}
