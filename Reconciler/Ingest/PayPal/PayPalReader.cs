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
            using var source = TextSource.Open(content);
            using var file = HeaderedRows.Open(source, HeaderSearchRows, PayPalColumns.IsPayPalHeader);
            if (file.Header is not { } header)
            {
                problems.Add(ParseProblem.Error(fileName, "line 1", null,
                    "no PayPal header row (Transaction ID with Balance Impact or Gross, Fee, Net; Transaktionscode, Brutto, Gebühr, Netto; Id. de transacción, Bruto, Comisión, Neto) was found"));
                return new ParsedFile { File = fileName, Format = Format, Problems = problems };
            }

            var columns = PayPalColumns.Find(header.Fields);
            using var data = file.Data.Where(r => !r.IsBlank()).GetEnumerator();
            var sample = PayPalLocale.Sample(data, columns, out var more);
            var dateFormat = PayPalLocale.DateFormat(sample, columns, _options, out var note);
            if (note is not null) problems.Add(ParseProblem.Warning(fileName, $"line {header.Line}", columns.NameOf(columns.Date), note));
            var decimalComma = PayPalLocale.DecimalComma(sample, columns, _options);

            var reader = new PayPalRowReader(fileName, columns, dateFormat, decimalComma, problems);
            var shortRows = new ShortRows(header);
            var parsed = new List<PayPalRow>();
            foreach (var row in sample) Read(row);
            while (more && data.MoveNext()) Read(data.Current);

            // What is only known at the end goes first, where it always stood: the short rows, then a cut last row.
            var found = new List<ParseProblem>();
            shortRows.Report(fileName, found);
            shortRows.CheckCut(file, fileName, found);
            problems.InsertRange(0, found);
            var batches = PayPalWithdrawals.Group(fileName, parsed);
            return new ParsedFile { File = fileName, Format = Format, Batches = batches, Problems = problems };

            void Read(CsvRow row)
            {
                shortRows.See(row);
                if (reader.Read(row) is { } read) parsed.Add(read);
            }
        }
#pragma warning disable CA1031 // a reader turns every failure into a located problem
        catch (Exception ex)
#pragma warning restore CA1031
        {
            problems.Add(ParseProblem.Error(fileName, "file", null, $"the file could not be read: {ex.Message}"));
            return new ParsedFile { File = fileName, Format = Format, Problems = problems };
        }
    }
}
