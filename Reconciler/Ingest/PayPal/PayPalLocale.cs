using Reconciler.Ingest.Csv;
using Reconciler.Ingest.Text;

namespace Reconciler.Ingest.PayPal;

/// <summary>
/// The date order and decimal separator of one download: the options when given, else decided from the whole
/// column, with the header language breaking ties (German dd.MM.yyyy and decimal comma, Spanish dd/MM/yyyy and
/// decimal comma, English MM/dd/yyyy and decimal point).
/// </summary>
internal static class PayPalLocale
{
    private static readonly string[] English = ["MM/dd/yyyy", "M/d/yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "yyyy/MM/dd"];
    private static readonly string[] European = ["dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy", "dd.MM.yy"];

    public static string DateFormat(IReadOnlyList<CsvRow> data, PayPalColumns columns, PayPalOptions options, out string? note)
    {
        note = null;
        if (options.DateFormat is { } configured) return configured;
        var formats = columns.Language == PayPalLanguage.English ? English : European;
        var values = data.Select(r => r.Field(columns.Date)).Where(v => v.Length > 0).Take(5000).ToList();
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
        foreach (var value in data.Take(5000).SelectMany(r => amountColumns.Where(c => c >= 0).Select(r.Field)))
        {
            if (value.Length >= 3 && value[^3] == ',') comma++;
            else if (value.Length >= 3 && value[^3] == '.') point++;
        }
        if (comma > 0 && point == 0) return true;
        if (point > 0 && comma == 0) return false;
        return columns.Language != PayPalLanguage.English;
    }
}
