using System.Globalization;
using CsvHelper;

namespace Reconciler.Reports.Cells;

/// <summary>
/// The one way reports write CSV: UTF-8, comma, a header row, amounts as plain decimals, dates yyyy-MM-dd,
/// and outside text neutralised so it can never become a formula. Values are formatted into a reused buffer and
/// handed to CsvHelper as spans (it quotes only what needs it): no string per amount, date or joined text.
/// </summary>
public sealed class ReportCsv : IDisposable
{
    private readonly CsvWriter _writer;
    private readonly TextScratch _text = new();
    private readonly char[] _number = new char[AmountText.MaxLength];
    private bool _first = true;

    private ReportCsv(string path, IEnumerable<string> header)
    {
        _writer = CsvWriter.ToFile(path, new CsvWriterOptions { Separator = ',', NewLine = "\n", Injection = CsvInjection.None, BufferSize = 1 << 20 });
        foreach (var column in header) _writer.WriteField(column);
        EndRow();
    }

    public static ReportCsv Create(string path, params string[] header) => new(path, header);

    /// <summary>Text that came from outside (a bank, a billing export): neutralised.</summary>
    public ReportCsv Text(string? value) => Field(_text.Neutral(value).Span);

    /// <summary>Two outside texts joined by a space, blank ones left out (a bank line's counterparty and remittance), neutralised.</summary>
    public ReportCsv Text(string? first, string? second) => Field(_text.NeutralJoin(first, second).Span);

    /// <summary>Outside texts joined by a space (as string.Join), neutralised.</summary>
    public ReportCsv Text(IReadOnlyList<string> parts) => Field(_text.NeutralJoin(parts).Span);

    /// <summary>Text the engine made itself (ids, categories, statuses).</summary>
    public ReportCsv Code(string? value) => Field(value);

    /// <summary>An exception's stable id (<see cref="Rules.Discrepancies.Discrepancy.Id"/>, worked out once per discrepancy).</summary>
    public ReportCsv ExceptionId(Rules.Discrepancies.Discrepancy discrepancy) => Field(discrepancy.Id);

    public ReportCsv Amount(decimal? value) => value is { } v ? Field(_number.AsSpan(0, AmountText.Format(v, _number))) : Field([]);

    public ReportCsv Date(DateOnly? value) => value is { } d ? Field(_number.AsSpan(0, AmountText.Format(d, _number))) : Field([]);

    public ReportCsv Number(decimal value) => Formatted(value, default);

    public ReportCsv Number(int value) => Formatted(value, default);

    /// <summary>A number in a .NET format (e.g. "0.00"), invariant culture.</summary>
    public ReportCsv Formatted<T>(T value, ReadOnlySpan<char> format) where T : ISpanFormattable
    {
        value.TryFormat(_number, out var length, format, CultureInfo.InvariantCulture);
        return Field(_number.AsSpan(0, length));
    }

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

    private ReportCsv Field(ReadOnlySpan<char> value)
    {
        _writer.WriteField(value);
        _first = false;
        return this;
    }
}
