using System.Globalization;
using CsvHelper;
using Reconciler.Rules.Model;

namespace Reconciler.Reports.Csv;

/// <summary>
/// The one way reports write CSV: UTF-8, comma, a header row, amounts as plain decimals, dates yyyy-MM-dd,
/// and outside text neutralised so it can never become a formula.
/// </summary>
public sealed class ReportCsv : IDisposable
{
    private readonly CsvWriter _writer;
    private bool _first = true;

    private ReportCsv(string path, IEnumerable<string> header)
    {
        _writer = CsvWriter.ToFile(path, new CsvWriterOptions { Separator = ',', NewLine = "\n", Injection = CsvInjection.None });
        foreach (var column in header) _writer.WriteField(column);
        EndRow();
    }

    public static ReportCsv Create(string path, params string[] header) => new(path, header);

    /// <summary>Text that came from outside (a bank, a billing export): neutralised.</summary>
    public ReportCsv Text(string? value) { _writer.WriteField(CellText.Neutralize(value)); _first = false; return this; }

    /// <summary>Text the engine made itself (ids, categories, statuses).</summary>
    public ReportCsv Code(string? value) { _writer.WriteField(value ?? ""); _first = false; return this; }

    public ReportCsv Amount(decimal? value) { _writer.WriteField(value is { } v ? Money.Format(v) : ""); _first = false; return this; }

    public ReportCsv Date(DateOnly? value) { _writer.WriteField(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""); _first = false; return this; }

    public ReportCsv Number(decimal value) { _writer.WriteField(value.ToString(CultureInfo.InvariantCulture)); _first = false; return this; }

    public void EndRow()
    {
        _writer.EndRecord();
        _first = true;
    }

    public void Dispose()
    {
        if (!_first) EndRow();
        _writer.Dispose();
    }
}
