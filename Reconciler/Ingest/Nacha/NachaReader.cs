namespace Reconciler.Ingest.Nacha;

/// <summary>
/// NACHA ACH files (FORMATS.md §6): one payment batch per 5 batch header, one item per 6 entry with its addenda
/// (CCD+ TRN reassociation, returns with their R-code, notifications of change), every control checked.
/// </summary>
public sealed class NachaReader : IFileReader
{
    public string Format => "nacha";

    public int Detect(FileSniff sniff)
    {
        var first = sniff.FirstLine;
        if (LooksLikeBatchHeader(first)) return 60; // the 1 file header is missing: read, to say so in the user's terms
        if (first.Length < 40 || first[0] != '1') return 0;
        if (first.StartsWith("101", StringComparison.Ordinal) && first.Substring(34, 3) == "094") return 95;
        var head = first.Length > 120 ? first[..120] : first;
        if (head.Contains("094101", StringComparison.Ordinal)) return 60;
        // A shifted header (one character too many or too few) still looks like a 94-character ACH record.
        return first.Length is >= 80 and <= 96 && first.StartsWith("101", StringComparison.Ordinal)
            && sniff.Text.Contains("\n5", StringComparison.Ordinal) ? 50 : 0;
    }

    /// <summary>A 94-character 5 batch header: a service class code (200, 220, 225, 280) and a three-letter SEC code at 51-53.</summary>
    private static bool LooksLikeBatchHeader(string line) =>
        line.Length is >= 94 and <= 96 && line[0] == '5' && line.AsSpan(1, 3) is "200" or "220" or "225" or "280"
        && char.IsAsciiLetterUpper(line[50]) && char.IsAsciiLetterUpper(line[51]) && char.IsAsciiLetterUpper(line[52]);

    public ParsedFile Read(Stream content, string fileName)
    {
        var problems = new List<ParseProblem>();
        try
        {
            using var text = RecordText.Open(content);
            var batches = new NachaParser(fileName, problems).Parse(text);
            return new ParsedFile { File = fileName, Format = Format, Batches = batches, Problems = problems };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(ParseProblem.Error(fileName, "file", null, $"the NACHA reader failed unexpectedly ({ex.GetType().Name}: {ex.Message})"));
            return new ParsedFile { File = fileName, Format = Format, Problems = problems };
        }
    }
}
