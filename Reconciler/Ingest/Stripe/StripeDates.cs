using Reconciler.Ingest.Csv;
using Reconciler.Ingest.Text;

namespace Reconciler.Ingest.Stripe;

/// <summary>
/// Stripe writes <c>2025-03-11 15:02:11</c> (reports) or <c>2026-09-01 14:03</c> (Dashboard); after a round trip
/// through Excel the date part turns into <c>9/1/2026</c>. The date part's format is decided once from the file's
/// first <see cref="SampleValues"/> date cells; the time part is ignored (dates only).
/// </summary>
internal static class StripeDates
{
    /// <summary>How many date cells decide the format.</summary>
    public const int SampleValues = 5000;

    private static readonly string[] Formats = ["yyyy-MM-dd", "M/d/yyyy", "d/M/yyyy", "d.M.yyyy", "M/d/yy"];

    /// <summary>
    /// The first data rows, read until they hold <see cref="SampleValues"/> date cells or the file ends;
    /// <paramref name="more"/> says whether rows may follow in <paramref name="rows"/>.
    /// </summary>
    public static List<CsvRow> Sample(IEnumerator<CsvRow> rows, StripeColumns columns, out bool more)
    {
        var sample = new List<CsvRow>();
        var values = 0;
        more = true;
        while (values < SampleValues)
        {
            if (!rows.MoveNext()) { more = false; break; }
            sample.Add(rows.Current);
            foreach (var column in columns.DateColumns) values += DatePart(rows.Current.Field(column)).Length > 0 ? 1 : 0;
        }
        return sample;
    }

    /// <summary>The date part's format, and a note when the file's dates allowed more than one reading.</summary>
    public static string Decide(IEnumerable<CsvRow> rows, StripeColumns columns, out string? ambiguity)
    {
        ambiguity = null;
        var values = rows.SelectMany(r => columns.DateColumns.Select(c => DatePart(r.Field(c)))).Where(v => v.Length > 0).Take(SampleValues).ToList();
        if (values.Count == 0) return Formats[0];
        var consistent = DateText.Consistent(values, Formats);
        if (consistent.Count == 1) return consistent[0];
        if (consistent.Count > 1)
        {
            // Only Excel round trips produce slashes; the Dashboard is US-formatted, so month first is the reading kept.
            ambiguity = $"the date order is ambiguous ({string.Join(" or ", consistent)}); read as {consistent[0]}";
            return consistent[0];
        }
        return Formats.OrderByDescending(f => values.Count(v => DateText.TryParse(v, f, out _))).First();
    }

    /// <summary>The part before the time: <c>2025-03-11</c> of <c>2025-03-11 15:02:11</c> or <c>2025-03-11T15:02:11Z</c>.</summary>
    public static string DatePart(string value)
    {
        var s = value.Trim();
        var cut = s.IndexOfAny([' ', 'T']);
        return cut > 0 ? s[..cut] : s;
    }

    /// <summary>The same, without making a string.</summary>
    public static ReadOnlySpan<char> DatePart(ReadOnlySpan<char> value)
    {
        var s = value.Trim();
        var cut = s.IndexOfAny(' ', 'T');
        return cut > 0 ? s[..cut] : s;
    }
}
