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
