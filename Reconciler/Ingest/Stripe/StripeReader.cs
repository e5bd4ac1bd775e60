using Reconciler.Ingest.Csv;

namespace Reconciler.Ingest.Stripe;

/// <summary>
/// Stripe CSV exports (FORMATS.md §7): the itemized payout reconciliation and balance-change reports and the
/// Dashboard's "all transactions" download. Columns by header name; rows grouped into one batch per payout
/// (<see cref="StripePayouts"/>). Never throws on bad data.
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
            var text = TextDecoding.ReadAllText(content);
            var (rows, headerIndex) = DelimitedText.ReadWithHeader(text, HeaderSearchRows, StripeColumns.IsStripeHeader);
            if (headerIndex < 0)
            {
                problems.Add(ParseProblem.Error(fileName, "line 1", null,
                    "no Stripe header row (balance_transaction_id / automatic_payout_id / reporting_category, or id, Type, Source, Amount, Fee, Net, Available On) was found"));
                return new ParsedFile { File = fileName, Format = Format, Problems = problems };
            }

            var columns = StripeColumns.Find(rows[headerIndex].Fields);
            var data = rows.Skip(headerIndex + 1).Where(r => r.Fields.Any(f => f.Trim().Length > 0)).ToList();
            var dateFormat = StripeDates.Decide(data, columns, out var ambiguity);
            if (ambiguity is not null) problems.Add(ParseProblem.Warning(fileName, $"line {rows[headerIndex].Line}", null, ambiguity));

            var reader = new StripeRowReader(fileName, columns, dateFormat, problems);
            var parsed = data.Select(reader.Read).OfType<StripeRow>().ToList();
            var batches = StripePayouts.Group(fileName, parsed, problems);
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
}
