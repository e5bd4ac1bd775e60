using System.Globalization;

namespace Reconciler.Ingest.Text;

/// <summary>
/// A record's location, "<c>prefix</c><c>line</c>" (say "bank.csv:12"), made as one string: the prefix is fixed per file,
/// and every kept record carries one of these, so the number is written in place instead of being made a string first.
/// </summary>
internal sealed class LineLocation(string prefix)
{
    public string At(int line)
    {
        Span<char> digits = stackalloc char[11];
        line.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        return string.Concat(prefix.AsSpan(), digits[..length]);
    }
}
