using System.Text;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Ofx;

/// <summary>
/// OFX / QFX (FORMATS.md §4): 1.x SGML and 2.x XML read by one tolerant tokenizer. Bank (STMTRS) and credit-card (CCSTMTRS)
/// statements, several per file; investment statements are reported as unsupported. OFX carries no balance check, so
/// <see cref="BankStatement.Balanced"/> is null; LEDGERBAL is the closing balance.
/// The methods run per tag or per entry are marked <c>AggressiveOptimization</c>: a reader runs once per file, and
/// tiered compilation would leave them unoptimised for much of a large file's read (measured: about half the speed).
/// </summary>
public sealed class OfxReader : IFileReader
{
    public string Format => "ofx";

    public int Detect(FileSniff sniff)
    {
        var text = sniff.Text;
        if (text.Contains("OFXHEADER", StringComparison.OrdinalIgnoreCase)) return 95;
        if (text.Contains("<OFX>", StringComparison.OrdinalIgnoreCase)) return 90;
        return 0;
    }

    public ParsedFile Read(Stream content, string fileName)
    {
        var problems = new List<ParseProblem>();
        var statements = new List<BankStatement>();
        try
        {
            var bytes = ReadAll(content);
            var header = OfxHeader.Read(bytes);
            // A leading byte order mark is skipped, not cut off: that would copy the whole text once more.
            var text = header.Encoding.CodePage == 1252 && Ascii.IsValid(bytes)
                ? Encoding.Latin1.GetString(bytes) // the same text for ASCII bytes, decoded many times faster than code page 1252 does
                : header.Encoding.GetString(bytes);
            var bom = text.Length - text.AsSpan().TrimStart('\uFEFF').Length;
            var body = text.IndexOf("<OFX>", bom, StringComparison.OrdinalIgnoreCase);
            if (body < 0) body = text.IndexOf("<OFX", bom, StringComparison.OrdinalIgnoreCase);
            if (body < 0)
            {
                problems.Add(ParseProblem.Error(fileName, "line 1", null, "no <OFX> element: this is not an OFX file"));
                return Result(fileName, statements, problems);
            }
            // Only a DOCTYPE before the body is the file's own; the tree builder refuses one further on.
            var dtd = text.AsSpan(0, body).IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
            if (dtd >= 0)
                problems.Add(ParseProblem.Error(fileName, $"line {Line(text, dtd)}", null, "the file declares a DTD (<!DOCTYPE>); DTDs are refused"));

            var root = OfxTree.Build(text, body, Line(text, body), fileName, problems);
            var ids = new OfxIds(fileName, problems);
            foreach (var kind in (string[])["STMTRS", "CCSTMTRS"])
            {
                foreach (var element in root.Descendants(kind))
                    statements.Add(new OfxStatementReader(fileName, element, ids, problems).Read());
            }
            foreach (var investment in root.Descendants("INVSTMTRS"))
            {
                problems.Add(ParseProblem.Warning(fileName, $"line {investment.Line}", "INVSTMTRS",
                    "investment statements are not supported; this one was skipped"));
            }
            ReportStatus(root, fileName, statements.Count, problems);
        }
#pragma warning disable CA1031 // a reader never throws on bad data: anything unexpected becomes a located problem
        catch (Exception ex)
#pragma warning restore CA1031
        {
            problems.Add(ParseProblem.Error(fileName, "file", null, $"the file could not be read: {ex.Message}"));
        }
        return Result(fileName, statements, problems);
    }

    /// <summary>An error STATUS (sign-on refused, server error) explains an empty file; a file with nothing at all is an error too.</summary>
    private static void ReportStatus(OfxElement root, string file, int statements, List<ParseProblem> problems)
    {
        var failed = false;
        foreach (var status in root.Descendants("STATUS"))
        {
            var code = status.Value("CODE");
            if (code is null or "" or "0") continue;
            var severity = status.Value("SEVERITY");
            var error = severity is null or "" || severity.Equals("ERROR", StringComparison.OrdinalIgnoreCase);
            failed |= error;
            var where = $"{status.Parent?.Name ?? "OFX"}/STATUS";
            var message = $"the server answered with status {code} ({severity}): {status.Value("MESSAGE") ?? "no message"}";
            problems.Add(error
                ? ParseProblem.Error(file, $"line {status.Line}", where, message)
                : ParseProblem.Warning(file, $"line {status.Line}", where, message));
        }
        if (statements == 0 && !failed && !root.Descendants("INVSTMTRS").Any())
        {
            problems.Add(ParseProblem.Warning(file, "file", null, "the file holds no bank or credit card statement (STMTRS / CCSTMTRS)"));
        }
    }

    /// <summary>The whole content in one array of its exact size (a file stream knows its length: no growing copies).</summary>
    private static byte[] ReadAll(Stream content)
    {
        if (content.CanSeek && content.Length - content.Position is var length && length < Array.MaxLength)
        {
            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length && content.Read(bytes, read, bytes.Length - read) is var n and > 0) read += n;
            var extra = content.ReadByte();
            if (read == bytes.Length && extra < 0) return bytes;
            // The stream said one length and gave another: the rest is read the plain way.
            using var rest = new MemoryStream();
            rest.Write(bytes, 0, read);
            if (extra >= 0) rest.WriteByte((byte)extra);
            content.CopyTo(rest);
            return rest.ToArray();
        }
        using var memory = new MemoryStream();
        content.CopyTo(memory);
        return memory.ToArray();
    }

    private static ParsedFile Result(string file, List<BankStatement> statements, List<ParseProblem> problems) =>
        new() { File = file, Format = "ofx", Statements = statements, Problems = problems };

    private static int Line(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
