using CsvHelper;

namespace Reconciler.Ingest.Csv;

/// <summary>A CSV record with the physical line it starts on.</summary>
internal sealed record CsvRow(int Line, string[] Fields)
{
    public string Field(int index) => index >= 0 && index < Fields.Length ? Fields[index].Trim() : "";
}

/// <summary>Reads delimited text into rows with their line numbers (CsvHelper does the quoting rules).</summary>
internal static class DelimitedText
{
    /// <summary>The separator that splits <paramref name="headerLine"/> into the most fields.</summary>
    public static char GuessDelimiter(string headerLine)
    {
        char[] candidates = [',', ';', '\t', '|'];
        return candidates.OrderByDescending(c => headerLine.Count(ch => ch == c)).First();
    }

    /// <summary>Whether one of the first <paramref name="rows"/> lines of the sniff is a header <paramref name="isHeader"/> accepts.</summary>
    public static bool HasHeader(FileSniff sniff, int rows, Func<string[], bool> isHeader) =>
        sniff.Trimmed.Split('\n').Take(rows).Select(l => l.TrimEnd('\r')).Any(line => isHeader(line.Split(GuessDelimiter(line))));

    /// <summary>
    /// Reads a delimited export whose header is among its first <paramref name="searchRows"/> rows (the delimiter is
    /// the first non-empty line's). Returns the rows and the header's index, -1 when no row is a header.
    /// </summary>
    public static (List<CsvRow> Rows, int HeaderIndex) ReadWithHeader(string text, int searchRows, Func<string[], bool> isHeader)
    {
        var firstLine = text.Split('\n', searchRows + 1).Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        var rows = ReadRows(text, GuessDelimiter(firstLine));
        return (rows, rows.Take(searchRows).ToList().FindIndex(r => isHeader(r.Fields)));
    }

    public static List<CsvRow> ReadRows(string text, char delimiter)
    {
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Recover,
            TrackLineNumbers = true,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        var rows = new List<CsvRow>();
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i);
            rows.Add(new CsvRow((int)reader.LineNumber, fields));
        }
        return rows;
    }
}
