using System.Globalization;

namespace Reconciler.Ingest.Text;

/// <summary>
/// Date parsing for files whose date format is not fixed by the format: a configured format, or one
/// decided from a whole column, never guessed from a single ambiguous value.
/// </summary>
public static class DateText
{
    /// <summary>The formats tried when none is configured, most specific first.</summary>
    public static readonly IReadOnlyList<string> Candidates =
    [
        "yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy",
        "MM/dd/yyyy", "M/d/yyyy", "dd-MM-yyyy", "MM-dd-yyyy", "dd.MM.yy", "dd/MM/yy", "MM/dd/yy",
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    public static bool TryParse(string? text, string format, out DateOnly date) => TryParse((text ?? "").AsSpan(), format, out date);

    /// <summary>The same, on a field's characters (no string is made).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, string format, out DateOnly date)
    {
        var s = text.Trim();
        if (s.Length == 0) { date = default; return false; }
        if (NumericDate.TryParse(s, format, out date)) return true;
        if (format.Contains('H'))
        {
            if (!DateTime.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)) return false;
            date = DateOnly.FromDateTime(dt);
            return true;
        }
        return DateOnly.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>
    /// The formats (among <paramref name="formats"/>) that read every non-empty value, and give the same
    /// dates as each other. More than one left after that means the order is truly ambiguous.
    /// </summary>
    public static IReadOnlyList<string> Consistent(IEnumerable<string> values, IReadOnlyList<string> formats)
    {
        var alive = formats.ToList();
        var seen = new List<string>();
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            alive.RemoveAll(f => !TryParse(value, f, out _));
            seen.Add(value);
            if (alive.Count == 0) return alive;
        }
        // Keep one representative per distinct reading: d/M/yyyy and dd/MM/yyyy read the same dates.
        var distinct = new List<string>();
        foreach (var format in alive)
        {
            var sameAsKept = distinct.Any(kept => seen.All(v =>
                TryParse(v, kept, out var a) && TryParse(v, format, out var b) && a == b));
            if (!sameAsKept) distinct.Add(format);
        }
        return distinct;
    }
}
