namespace Reconciler.Ingest.Bai2;

/// <summary>
/// BAI2 cash-management balance reports (FORMATS.md §1): one bank statement per 03 account, transactions from
/// 16 records with their 88 continuations, every control total and the ledger balance proof checked.
/// </summary>
public sealed class Bai2Reader : IFileReader
{
    public string Format => "bai2";

    public int Detect(FileSniff sniff)
    {
        var first = sniff.FirstLine.TrimStart();
        if (!first.StartsWith("01,", StringComparison.Ordinal)) return 0;
        var text = sniff.Text;
        var hasGroup = HasGroupHeader(text);
        var end = first.IndexOf('/', StringComparison.Ordinal);
        var fields = (end < 0 ? first : first[..end]).Split(',');
        var versionTwo = fields.Length >= 9 && fields[8].Trim() == "2";
        return hasGroup && versionTwo ? 95 : hasGroup ? 85 : versionTwo ? 70 : 20;
    }

    /// <summary>Whether an 02 record starts a line or follows a record-ending "/" (several records on one line).</summary>
    private static bool HasGroupHeader(string text)
    {
        for (var i = text.IndexOf("02,", StringComparison.Ordinal); i > 0; i = text.IndexOf("02,", i + 3, StringComparison.Ordinal))
        {
            var j = i - 1;
            while (j > 0 && text[j] is ' ' or '\t') j--;
            if (text[j] is '\n' or '\r' or '/') return true;
        }
        return false;
    }

    public ParsedFile Read(Stream content, string fileName)
    {
        var problems = new List<ParseProblem>();
        try
        {
            using var text = RecordText.Open(content);
            var statements = new Bai2Parser(fileName, problems).Parse(text);
            return new ParsedFile { File = fileName, Format = Format, Statements = statements, Problems = problems };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(ParseProblem.Error(fileName, "file", null, $"the BAI2 reader failed unexpectedly ({ex.GetType().Name}: {ex.Message})"));
            return new ParsedFile { File = fileName, Format = Format, Problems = problems };
        }
    }
}
