using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Csv;

/// <summary>
/// A bank's CSV download: one signed amount, debit and credit columns, or an amount with a debit/credit
/// indicator. Columns are found by header name (a profile from config/sources, else common synonyms); rows
/// before the header are a preamble, rows after the last dated row a footer. The date order is decided from
/// the whole column; when it stays ambiguous the file is refused with a request for a profile.
/// </summary>
public sealed class BankCsvReader(IReadOnlyList<BankCsvProfile> profiles, string defaultCurrency = "USD") : IFileReader
{
    private const int HeaderSearchRows = 30;

    public string Format => "csv";

    public int Detect(FileSniff sniff)
    {
        var lines = sniff.Trimmed.Split('\n').Take(HeaderSearchRows).Select(l => l.TrimEnd('\r'));
        foreach (var line in lines)
        {
            var delimiter = DelimitedText.GuessDelimiter(line);
            var header = line.Split(delimiter).Select(c => c.Trim().Trim('"')).ToArray();
            if (ColumnMap.Find(header, ProfileFor(header)).IsUsable) return 30;
        }
        return 0;
    }

    public ParsedFile Read(Stream content, string fileName)
    {
        var firstGuess = profiles.FirstOrDefault(p => p.Encoding is not null);
        using var source = TextSource.Open(content, TextDecoding.ByName(firstGuess?.Encoding));
        var problems = new List<ParseProblem>();

        // The delimiter of the header row, not of a preamble line: try each until a usable header appears.
        foreach (var delimiter in profiles.Select(p => p.Delimiter).OfType<char>().Concat([',', ';', '\t', '|']).Distinct())
        {
            using var records = DelimitedText.OpenRecords(source, delimiter);
            var head = new List<CsvRow>(HeaderSearchRows);
            while (head.Count < HeaderSearchRows && records.Read()) head.Add(records.ToRow());
            var headerIndex = FindHeader(head, out var map, out var profile);
            if (headerIndex < 0) continue;
            return new BankCsvRows(fileName, head[headerIndex], head.Skip(headerIndex + 1), records, map, profile, defaultCurrency, problems).Parse();
        }

        problems.Add(ParseProblem.Error(fileName, "line 1", null,
            "no header row with a date column and an amount (or debit/credit) column was found in the first "
            + $"{HeaderSearchRows} rows; add a profile in config/sources that names the columns"));
        return new ParsedFile { File = fileName, Format = Format, Problems = problems };
    }

    private int FindHeader(List<CsvRow> rows, out ColumnMap map, out BankCsvProfile? profile)
    {
        for (var i = 0; i < Math.Min(rows.Count, HeaderSearchRows); i++)
        {
            profile = ProfileFor(rows[i].Fields);
            if (profile?.SkipRows is { } skip && i < skip) continue;
            map = ColumnMap.Find(rows[i].Fields, profile);
            if (map.IsUsable) return i;
        }
        map = new ColumnMap();
        profile = null;
        return -1;
    }

    private BankCsvProfile? ProfileFor(IReadOnlyList<string> header)
    {
        var cells = header.Select(h => h.Trim().Trim('"').ToLowerInvariant()).ToHashSet();
        return profiles.FirstOrDefault(p => p.MatchHeaders.Count > 0 && p.MatchHeaders.All(h => cells.Contains(h.ToLowerInvariant())));
    }
}
