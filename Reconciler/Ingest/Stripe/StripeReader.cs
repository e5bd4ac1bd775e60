using Reconciler.Ingest.Csv;

namespace Reconciler.Ingest.Stripe;

/// <summary>
/// Stripe CSV exports (FORMATS.md §7): the itemized payout reconciliation and balance-change reports and the
/// Dashboard's "all transactions" download. Columns by header name; rows grouped into one batch per payout
/// (<see cref="StripePayouts"/>). Read as a stream: only the rows the date format is decided from wait in memory.
/// Never throws on bad data.
/// </summary>
public sealed class StripeReader : IFileReader
{
    private const int HeaderSearchRows = 10;

    public string Format => "stripe";

    public int Detect(FileSniff sniff) => DelimitedText.HasHeader(sniff, HeaderSearchRows, StripeColumns.IsStripeHeader) ? 85 : 0;

    public ParsedFile Read(Stream content, string fileName)
    {
        var problems = new List<ParseProblem>();
        try
        {
            using var source = TextSource.Open(content);
            using var file = HeaderedRows.Open(source, HeaderSearchRows, StripeColumns.IsStripeHeader);
            if (file.Header is not { } header)
            {
                problems.Add(ParseProblem.Error(fileName, "line 1", null,
                    "no Stripe header row (balance_transaction_id / automatic_payout_id / reporting_category, or id, Type, Source, Amount, Fee, Net, Available On) was found"));
                return new ParsedFile { File = fileName, Format = Format, Problems = problems };
            }

            var columns = StripeColumns.Find(header.Fields);
            using var data = file.Data.Where(r => !r.IsBlank()).GetEnumerator();
            var sample = StripeDates.Sample(data, columns, out var more);
            var dateFormat = StripeDates.Decide(sample, columns, out var ambiguity);
            if (ambiguity is not null) problems.Add(ParseProblem.Warning(fileName, $"line {header.Line}", null, ambiguity));

            var reader = new StripeRowReader(fileName, columns, dateFormat, problems);
            var parsed = new List<StripeRow>();
            var shortRows = new ShortRows(header);
            foreach (var row in sample) Read(row);
            while (more && data.MoveNext()) Read(data.Current);

            // As in PayPal exports: rows short of the header are read with one warning; a cut last row is refused.
            var found = new List<ParseProblem>();
            shortRows.Report(fileName, found);
            shortRows.CheckCut(file, fileName, found);
            problems.InsertRange(0, found);
            var batches = StripePayouts.Group(fileName, parsed, problems);
            return new ParsedFile { File = fileName, Format = Format, Batches = batches, Problems = problems };

            void Read(CsvRow row)
            {
                shortRows.See(row);
                Add(parsed, reader.Read(row));
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

    private static void Add(List<StripeRow> parsed, StripeRow? row)
    {
        if (row is not null) parsed.Add(row);
    }
}
