namespace Reconciler.Ingest.Bai2;

/// <summary>
/// Cuts BAI2 text into logical records. A physical line may hold several records (each ended by "/" and, after
/// a text field, followed by blanks); fixed-length padding is ignored; a line that does not start with a record
/// code is read as the wrapped text of the record before it (with a warning).
/// </summary>
internal static class Bai2RecordSplitter
{
    private static readonly HashSet<string> Codes = ["01", "02", "03", "16", "49", "88", "98", "99"];

    public static List<Bai2Record> Split(string text, string file, List<ParseProblem> problems)
    {
        var records = new List<Bai2Record>();
        var lineNumber = 0;
        var stray = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var rest = raw.TrimEnd('\r').Trim();
            if (rest.Length == 0) continue;
            if (!StartsRecord(rest, 0))
            {
                Orphan(records, rest, lineNumber, file, problems, ref stray);
                continue;
            }
            while (rest.Length > 0)
            {
                var code = rest[..2];
                var end = code is "16" or "88" ? TextRecordEnd(rest) : rest.IndexOf('/', StringComparison.Ordinal);
                var length = end < 0 ? rest.Length : end + 1;
                var content = rest.Length > 2 && rest[2] == ',' ? rest[3..length] : rest[Math.Min(2, length)..length];
                records.Add(new Bai2Record(code, content, lineNumber));
                rest = rest[length..].TrimStart();
                if (rest.Length > 0 && !StartsRecord(rest, 0))
                {
                    problems.Add(ParseProblem.Warning(file, $"line {lineNumber}", null,
                        $"'{Shorten(rest)}' after the end of a {code} record is not a BAI2 record; ignored"));
                    break;
                }
            }
        }
        return records;
    }

    /// <summary>Whether a record code ("NN," or a bare "NN" at the end) starts at <paramref name="at"/>.</summary>
    private static bool StartsRecord(string s, int at)
    {
        if (s.Length < at + 2 || !Codes.Contains(s.Substring(at, 2))) return false;
        return s.Length == at + 2 || s[at + 2] == ',' || s[at + 2] == '/';
    }

    /// <summary>
    /// The end ("/") of a 16 or 88 record, whose text may itself hold "/": only a "/" followed by blanks and the
    /// start of another record ends it early; otherwise the record runs to the end of the line (-1).
    /// </summary>
    private static int TextRecordEnd(string s)
    {
        for (var i = s.IndexOf('/', StringComparison.Ordinal); i >= 0 && i < s.Length - 1; i = s.IndexOf('/', i + 1))
        {
            var next = i + 1;
            while (next < s.Length && char.IsWhiteSpace(s[next])) next++;
            if (next > i + 1 && PlausibleRecord(s, next)) return i;
        }
        return -1;
    }

    private static bool PlausibleRecord(string s, int at)
    {
        if (!StartsRecord(s, at) || s.Length < at + 4) return false;
        var after = s[(at + 3)..];
        return s.Substring(at, 2) switch
        {
            "16" => after.Length >= 4 && char.IsAsciiDigit(after[0]) && char.IsAsciiDigit(after[1]) && char.IsAsciiDigit(after[2]) && after[3] == ',',
            "49" or "98" or "99" => after.Length > 0 && (char.IsAsciiDigit(after[0]) || after[0] is '+' or '-'),
            "01" => false,
            _ => true,
        };
    }

    private const int MaxWrappedText = 10_000;
    private const int MaxStrayReported = 20;

    private static void Orphan(List<Bai2Record> records, string rest, int line, string file, List<ParseProblem> problems, ref int stray)
    {
        if (records.Count > 0 && records[^1] is { Code: "16" or "88" } last && !last.Content.TrimEnd().EndsWith('/')
            && last.Content.Length < MaxWrappedText)
        {
            records[^1] = last with { Content = last.Content + " " + rest };
            problems.Add(ParseProblem.Warning(file, $"line {line}", null,
                $"line does not start with a record code; read as wrapped text of the {last.Code} record on line {last.Line}"));
            return;
        }
        if (++stray <= MaxStrayReported)
            problems.Add(ParseProblem.Error(file, $"line {line}", null, $"'{Shorten(rest)}' {NotARecord}"));
    }

    private const string NotARecord = "does not start with a BAI2 record code (01, 02, 03, 16, 49, 88, 98, 99)";

    internal static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "...";
}
