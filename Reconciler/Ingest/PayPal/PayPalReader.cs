using Reconciler.Ingest.Csv;

namespace Reconciler.Ingest.PayPal;

/// <summary>
/// PayPal activity and statement downloads (FORMATS.md §8), English, German or Spanish headers. Columns by header
/// name; BOM and quoting handled; Memo rows skipped; rows grouped into withdrawals (<see cref="PayPalWithdrawals"/>).
/// Never throws on bad data.
/// </summary>
public sealed class PayPalReader(PayPalOptions? options = null) : IFileReader
{
    private const int HeaderSearchRows = 10;
    private readonly PayPalOptions _options = options ?? PayPalOptions.Auto;

    public string Format => "paypal";

    public int Detect(FileSniff sniff) => DelimitedText.HasHeader(sniff, HeaderSearchRows, PayPalColumns.IsPayPalHeader) ? 85 : 0;

    public ParsedFile Read(Stream content, string fileName)
    {
        var problems = new List<ParseProblem>();
        try
        {
            var text = TextDecoding.ReadAllText(content);
            var (rows, headerIndex) = DelimitedText.ReadWithHeader(text, HeaderSearchRows, PayPalColumns.IsPayPalHeader);
            if (headerIndex < 0)
            {
                problems.Add(ParseProblem.Error(fileName, "line 1", null,
                    "no PayPal header row (Transaction ID with Balance Impact or Gross, Fee, Net; Transaktionscode, Brutto, Gebühr, Netto; Id. de transacción, Bruto, Comisión, Neto) was found"));
                return new ParsedFile { File = fileName, Format = Format, Problems = problems };
            }

            var header = rows[headerIndex];
            var columns = PayPalColumns.Find(header.Fields);
            var data = rows.Skip(headerIndex + 1).Where(r => r.Fields.Any(f => f.Trim().Length > 0)).ToList();
            ReportShortRows(fileName, header, data, problems);
            if (data.Count > 0 && data[^1].Fields.Length < header.Fields.Length && !text.EndsWith('\n'))
            {
                // A short last row with no line end is a file cut in transit; reading it would invent a transaction.
                problems.Add(ParseProblem.Error(fileName, $"line {data[^1].Line}", null,
                    $"the last row stops after {data[^1].Fields.Length} of {header.Fields.Length} cells without a line end: the file is cut short"));
            }
            var dateFormat = PayPalLocale.DateFormat(data, columns, _options, out var note);
            if (note is not null) problems.Add(ParseProblem.Warning(fileName, $"line {header.Line}", columns.NameOf(columns.Date), note));
            var decimalComma = PayPalLocale.DecimalComma(data, columns, _options);

            var reader = new PayPalRowReader(fileName, columns, dateFormat, decimalComma, problems);
            var parsed = data.Select(reader.Read).OfType<PayPalRow>().ToList();
            var batches = PayPalWithdrawals.Group(fileName, parsed);
            return new ParsedFile { File = fileName, Format = Format, Batches = batches, Problems = problems };
        }
#pragma warning disable CA1031 // a reader turns every failure into a located problem
        catch (Exception ex)
#pragma warning restore CA1031
        {
            problems.Add(ParseProblem.Error(fileName, "file", null, $"the file could not be read: {ex.Message}"));
            return new ParsedFile { File = fileName, Format = Format, Problems = problems };
        }
    }

    /// <summary>Rows with fewer cells than the header are read (the missing cells are empty), with one warning.</summary>
    private static void ReportShortRows(string file, CsvRow header, List<CsvRow> data, List<ParseProblem> problems)
    {
        var shortRows = data.Where(r => r.Fields.Length < header.Fields.Length).ToList();
        if (shortRows.Count == 0) return;
        problems.Add(ParseProblem.Warning(file, $"line {shortRows[0].Line}", null,
            $"{shortRows.Count} row(s) have fewer cells ({shortRows[0].Fields.Length}) than the header ({header.Fields.Length}); the missing trailing cells are read as empty"));
    }
}
