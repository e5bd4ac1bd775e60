using CsvHelper;

namespace Reconciler.Ingest.Csv;

/// <summary>A CSV record with the physical line it starts on.</summary>
internal sealed record CsvRow(int Line, string[] Fields) : ICsvFields
{
    public string Field(int index) => index >= 0 && index < Fields.Length ? Fields[index].Trim() : "";

    /// <summary>The trimmed field as characters, without making a string (for amounts and dates).</summary>
    public ReadOnlySpan<char> Span(int index) => index >= 0 && index < Fields.Length ? Fields[index].AsSpan().Trim() : default;

    /// <summary>Whether every cell is empty or blank (such rows are skipped by the payment readers).</summary>
    public bool IsBlank() => Array.TrueForAll(Fields, f => f.AsSpan().Trim().Length == 0);
}

/// <summary>Reads delimited text into rows with their line numbers (CsvHelper does the quoting rules).</summary>
internal static class DelimitedText
{
    private static readonly char[] Delimiters = [',', ';', '\t', '|'];

    /// <summary>The separator that splits <paramref name="headerLine"/> into the most fields.</summary>
    public static char GuessDelimiter(string headerLine) =>
        Delimiters.OrderByDescending(c => headerLine.Count(ch => ch == c)).First();

    /// <summary>Whether one of the first <paramref name="rows"/> lines of the sniff is a header <paramref name="isHeader"/> accepts.</summary>
    public static bool HasHeader(FileSniff sniff, int rows, Func<string[], bool> isHeader) =>
        sniff.Trimmed.Split('\n').Take(rows).Select(l => l.TrimEnd('\r')).Any(line => isHeader(line.Split(GuessDelimiter(line))));

    /// <summary>
    /// The delimiter of the first non-blank line among the first <paramref name="searchRows"/> lines (what
    /// <see cref="GuessDelimiter"/> says of it), counted as the text streams by; when those lines are all blank, the
    /// rest of the text counts as one line, as splitting it into <paramref name="searchRows"/> + 1 parts would give.
    /// </summary>
    public static char FirstLineDelimiter(TextReader text, int searchRows)
    {
        Span<int> counts = stackalloc int[Delimiters.Length];
        for (var part = 0; part <= searchRows; part++)
        {
            counts.Clear();
            var blank = true;
            int c;
            while ((c = text.Read()) >= 0 && (c != '\n' || part == searchRows))
            {
                var at = Array.IndexOf(Delimiters, (char)c);
                if (at >= 0) counts[at]++;
                if (!char.IsWhiteSpace((char)c)) blank = false;
            }
            if (!blank) return Delimiters[MostCounted(counts)];
            if (c < 0) break;
        }
        return Delimiters[0];
    }

    /// <summary>Every row of <paramref name="text"/> (for small files that are read whole).</summary>
    public static List<CsvRow> ReadRows(string text, char delimiter)
    {
        using var reader = new StringReader(text);
        return ReadRows(reader, delimiter).ToList();
    }

    /// <summary>The rows of <paramref name="text"/> one at a time, as they are read (the reader is left open).</summary>
    public static IEnumerable<CsvRow> ReadRows(TextReader text, char delimiter)
    {
        using var reader = CsvReader.Create(text, Options(delimiter), leaveOpen: true);
        foreach (var row in Rows(reader)) yield return row;
    }

    /// <summary>The rows of <paramref name="source"/> from its start, one at a time (UTF-8 is tokenized as bytes).</summary>
    public static IEnumerable<CsvRow> ReadRows(TextSource source, char delimiter)
    {
        using var reader = source.IsUtf8
            ? CsvReader.Create(source.OpenUtf8(), Options(delimiter), leaveOpen: true)
            : CsvReader.Create(source.OpenReader(), Options(delimiter), leaveOpen: false);
        foreach (var row in Rows(reader)) yield return row;
    }

    /// <summary>The records of <paramref name="source"/> from its start, read in place (see <see cref="CsvRecords"/>).</summary>
    public static CsvRecords OpenRecords(TextSource source, char delimiter) => new(source.IsUtf8
        ? CsvReader.Create(source.OpenUtf8(), Options(delimiter), leaveOpen: true)
        : CsvReader.Create(source.OpenReader(), Options(delimiter), leaveOpen: false));

    private static IEnumerable<CsvRow> Rows(CsvReader reader)
    {
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i);
            yield return new CsvRow((int)reader.LineNumber, fields);
        }
    }

    private static CsvReaderOptions Options(char delimiter) => new()
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

    /// <summary>
    /// The rows of <paramref name="head"/> from <paramref name="from"/> on (read already, while looking for the
    /// header), then the rest of <paramref name="rest"/>, which is disposed at the end.
    /// </summary>
    public static IEnumerable<CsvRow> Continue(List<CsvRow> head, int from, IEnumerator<CsvRow> rest)
    {
        using (rest)
        {
            for (var i = from; i < head.Count; i++) yield return head[i];
            while (rest.MoveNext()) yield return rest.Current;
        }
    }

    /// <summary>The first index with the highest count (ties go to the earlier delimiter, as in <see cref="GuessDelimiter"/>).</summary>
    private static int MostCounted(ReadOnlySpan<int> counts)
    {
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best]) best = i;
        }
        return best;
    }
}
