using Reconciler.Ingest.Text;

namespace Reconciler.Ingest.Csv;

/// <summary>
/// The first rows of a bank CSV, read before anything is decided: the date format and the decimal separator come
/// from them. The sample ends on a dated row once it holds <see cref="Rows"/> dated rows and <see cref="Amounts"/>
/// amount cells, so every row in it is a data row (a footer only follows the last dated row). A smaller file is
/// read whole, and so decided exactly from its whole column.
/// </summary>
internal sealed class BankCsvSample
{
    /// <summary>Dated rows the date format is decided from.</summary>
    public const int Rows = 5000;

    /// <summary>Amount cells the decimal separator is decided from (as many as it ever looked at).</summary>
    public const int Amounts = 5000;

    private readonly ColumnMap _map;

    public BankCsvSample(IEnumerator<CsvRow> source, ColumnMap map, IReadOnlyList<string> formats)
    {
        _map = map;
        Formats = formats;
        var dated = 0;
        var amounts = 0;
        while (true)
        {
            if (!source.MoveNext()) { More = false; return; }
            var row = source.Current;
            Read.Add(row);
            amounts += AmountCells(row);
            if (!IsDated(row, null)) continue;
            LastDated = Read.Count - 1;
            if (++dated >= Rows && amounts >= Amounts) return;
        }
    }

    /// <summary>The date formats in play: the profile's, or every candidate.</summary>
    public IReadOnlyList<string> Formats { get; }

    /// <summary>The rows read, in file order; those after <see cref="LastDated"/> may still turn out to be a footer.</summary>
    public List<CsvRow> Read { get; } = [];

    /// <summary>The index in <see cref="Read"/> of the last row with a date in any format; -1 when none has one.</summary>
    public int LastDated { get; private set; } = -1;

    /// <summary>Whether the file may have rows after the sample.</summary>
    public bool More { get; private set; } = true;

    /// <summary>Reads the rest of the file into the sample (when only the whole column can settle the date order).</summary>
    public void ReadToEnd(IEnumerator<CsvRow> source)
    {
        while (source.MoveNext())
        {
            Read.Add(source.Current);
            if (IsDated(source.Current, null)) LastDated = Read.Count - 1;
        }
        More = false;
    }

    /// <summary>Whether the row's date cell reads in any of the formats (<paramref name="likely"/> tried first).</summary>
    public bool IsDated(ICsvFields row, string? likely)
    {
        var cell = row.Span(_map.Date);
        if (likely is not null && DateText.TryParse(cell, likely, out _)) return true;
        foreach (var format in Formats)
        {
            if (DateText.TryParse(cell, format, out _)) return true;
        }
        return false;
    }

    /// <summary>
    /// The format every dated value reads in; null with <paramref name="ambiguous"/> set when more than one reads
    /// them all differently; when none reads them all, the one that reads most.
    /// </summary>
    public string DateFormat(out IReadOnlyList<string>? ambiguous)
    {
        ambiguous = null;
        var values = Read.Take(LastDated + 1).Select(r => r.Field(_map.Date)).ToList();
        if (values.Count == 0) return Formats[0];
        var consistent = DateText.Consistent(values, Formats);
        if (consistent.Count == 1) return consistent[0];
        if (consistent.Count > 1)
        {
            ambiguous = consistent;
            return consistent[0];
        }
        // No format reads every value: use the one that reads most, and each row it cannot read is an error.
        return Formats.OrderByDescending(f => values.Count(v => DateText.TryParse(v, f, out _))).First();
    }

    /// <summary>Decimal comma (true) or point (false) when the data rows' amounts agree; null decides per value.</summary>
    public bool? DecimalComma()
    {
        int[] columns = [_map.Amount, _map.Debit, _map.Credit, _map.Balance];
        var values = Read.Take(LastDated + 1).SelectMany(r => columns.Where(c => c >= 0).Select(r.Field)).Where(v => v.Length > 0);
        var commaDecimals = 0;
        var dotDecimals = 0;
        foreach (var value in values.Take(Amounts))
        {
            var v = value.TrimEnd('-', ')', ' ');
            if (v.Length >= 3 && v[^3] == ',' || v.Length >= 2 && v[^2] == ',' && !v.Contains('.')) commaDecimals++;
            else if (v.Length >= 3 && v[^3] == '.' || v.Length >= 2 && v[^2] == '.') dotDecimals++;
        }
        if (commaDecimals > 0 && dotDecimals == 0) return true;
        if (dotDecimals > 0 && commaDecimals == 0) return false;
        return null;
    }

    private int AmountCells(CsvRow row) =>
        (row.Span(_map.Amount).Length > 0 ? 1 : 0) + (row.Span(_map.Debit).Length > 0 ? 1 : 0)
        + (row.Span(_map.Credit).Length > 0 ? 1 : 0) + (row.Span(_map.Balance).Length > 0 ? 1 : 0);
}
