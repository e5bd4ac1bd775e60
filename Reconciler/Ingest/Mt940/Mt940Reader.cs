using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Mt940;

/// <summary>
/// SWIFT MT940 customer statements and MT942 interim reports (FORMATS.md §3): with or without SWIFT blocks, with bank-portal
/// headers, several messages per file. Each message becomes one statement with its balance proof (60 + entries = 62, or the
/// MT942 :90D:/:90C: counts and sums); consecutive statements of one account must chain (62 of one = 60 of the next).
/// </summary>
public class Mt940Reader : IFileReader
{
    public virtual string Format => "mt940";

    public virtual int Detect(FileSniff sniff)
    {
        var signs = SwiftSniff.Read(sniff.Text);
        if (signs.BlockType == "940") return 95;
        if (signs.BlockType == "942") return 80;
        if (!signs.LooksLikeSwift) return 0;
        return signs.InterimTags ? 70 : 90;
    }

    public ParsedFile Read(Stream content, string fileName)
    {
        var problems = new List<ParseProblem>();
        var statements = new List<BankStatement>();
        // Problems with the lines (control bytes) are listed first, as when the whole file was read before its messages.
        var lineProblems = new List<ParseProblem>();
        try
        {
            using var text = RecordText.Open(content);
            (string Account, SwiftBalance? Closing)? before = null;
            var quirks = new SwiftQuirks();
            foreach (var message in SwiftSplitter.Split(new SwiftText(text, fileName, lineProblems)))
            {
                var (statement, opening, closing) = new MessageReader(fileName, statements.Count + 1, message, problems, quirks).Read();
                statements.Add(statement);
                if (before is { } b && b.Account == statement.Account && b.Closing is not null && opening is not null && b.Closing.Amount != opening.Amount)
                {
                    problems.Add(ParseProblem.Warning(fileName, $"line {opening.Line}", ":60a:",
                        $"opening balance {opening.Amount} does not continue the previous statement's closing balance {b.Closing.Amount} "
                        + $"(line {b.Closing.Line}) for the same account: a statement may be missing or duplicated"));
                }
                before = (statement.Account, closing);
            }
            quirks.Report(fileName, problems);
            if (statements.Count == 0)
            {
                problems.Add(ParseProblem.Error(fileName, "line 1", null, "no MT940/MT942 fields (:20:, :25:, :60F:, :61: ...) were found"));
            }
        }
#pragma warning disable CA1031 // a reader never throws on bad data: anything unexpected becomes a located problem
        catch (Exception ex)
#pragma warning restore CA1031
        {
            problems.Add(ParseProblem.Error(fileName, "file", null, $"the file could not be read: {ex.Message}"));
        }
        problems.InsertRange(0, lineProblems);
        return new ParsedFile { File = fileName, Format = Format, Statements = statements, Problems = problems };
    }
}
