using Reconciler.Ingest.Csv;
using Reconciler.Ingest.Text;

namespace Reconciler.Ingest.PayPal;

/// <summary>
/// The date order and decimal separator of one download: the options when given, else decided from the first
/// <see cref="SampleSize"/> values of the column, with the header language breaking ties (German dd.MM.yyyy and decimal comma, Spanish dd/MM/yyyy and
/// decimal comma, English MM/dd/yyyy and decimal point).
/// </summary>
internal static class PayPalLocale
{
    private static readonly string[] English = ["MM/dd/yyyy", "M/d/yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "yyyy/MM/dd"];
    private static readonly string[] European = ["dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy", "dd.MM.yy"];

    /// <summary>How many rows (for the decimal separator) and date values (for the date order) decide.</summary>
    public const int SampleSize = 5000;

    /// <summary>
    /// The first data rows, read until they hold <see cref="SampleSize"/> rows and as many non-empty dates, or the
    /// file ends; <paramref name="more"/> says whether rows may follow in <paramref name="rows"/>.
    /// </summary>
    public static List<CsvRow> Sample(IEnumerator<CsvRow> rows, PayPalColumns columns, out bool more)
    {
        var sample = new List<CsvRow>();
        var dates = 0;
        more = true;
        while (sample.Count < SampleSize || dates < SampleSize)
        {
            if (!rows.MoveNext()) { more = false; break; }
            sample.Add(rows.Current);
            if (rows.Current.Span(columns.Date).Length > 0) dates++;
        }
        return sample;
    }

    public static string DateFormat(IReadOnlyList<CsvRow> data, PayPalColumns columns, PayPalOptions options, out string? note)
    {
        note = null;
        if (options.DateFormat is { } configured) return configured;
        var formats = columns.Language == PayPalLanguage.English ? English : European;
        var values = data.Select(r => r.Field(columns.Date)).Where(v => v.Length > 0).Take(SampleSize).ToList();
        if (values.Count == 0) return formats[0];
        var consistent = DateText.Consistent(values, formats);
        if (consistent.Count == 1) return consistent[0];
        if (consistent.Count > 1)
        {
            if (columns.Language == PayPalLanguage.English)
                note = $"every date reads as {string.Join(" or ", consistent)}; read as {consistent[0]} (US English); set PayPalOptions.DateFormat for a UK download";
            return consistent[0];
        }
        return formats.OrderByDescending(f => values.Count(v => DateText.TryParse(v, f, out _))).First();
    }

    /// <summary>Decimal comma or point: the amounts' own last separator when they agree, else the language's.</summary>
    public static bool DecimalComma(IReadOnlyList<CsvRow> data, PayPalColumns columns, PayPalOptions options)
    {
        if (options.DecimalComma is { } configured) return configured;
        int[] amountColumns = [columns.Gross, columns.Fee, columns.Net, columns.Balance];
        var comma = 0;
        var point = 0;
        foreach (var value in data.Take(SampleSize).SelectMany(r => amountColumns.Where(c => c >= 0).Select(r.Field)))
        {
            if (value.Length >= 3 && value[^3] == ',') comma++;
            else if (value.Length >= 3 && value[^3] == '.') point++;
        }
        if (comma > 0 && point == 0) return true;
        if (point > 0 && comma == 0) return false;
        return columns.Language != PayPalLanguage.English;
    }
}
