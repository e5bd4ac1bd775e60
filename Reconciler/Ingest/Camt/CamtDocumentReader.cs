using System.Xml;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// Streams one camt message: finds <c>Document</c> by local name (also inside a head.001 <c>AppHdr</c> envelope),
/// takes the message and version from its namespace, and reads every Stmt / Rpt / Ntfctn into a statement.
/// </summary>
internal sealed class CamtDocumentReader(string fileName, CamtMessage requested)
{
    private readonly List<BankStatement> statements = [];
    private CamtContext? context;
    private decimal? carriedEnd;
    private (string? Id, string? Account) carriedFrom;

    public ParsedFile Read(XmlReader xml)
    {
        var ancestors = new List<string>();
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (xml.LocalName == "Document" || CamtMessage.FromRoot(xml.LocalName) is not null) break;
                if (!xml.IsEmptyElement) ancestors.Add(xml.LocalName);
            }
            else if (xml.NodeType == XmlNodeType.EndElement && ancestors.Count > 0)
            {
                ancestors.RemoveAt(ancestors.Count - 1);
            }
        }
        if (xml.EOF) return Fail("line 1", "no ISO 20022 Document element (camt.052, camt.053 or camt.054) was found");

        var path = string.Join("/", ancestors.Append(xml.LocalName));
        var line = CamtStream.Line(xml);
        var named = CamtMessage.FromNamespace(xml.NamespaceURI);
        if (named is null && xml.NamespaceURI.Length > 0)
        {
            return Fail($"{path} (line {line})", $"the namespace '{xml.NamespaceURI}' is not camt.052, camt.053 or camt.054");
        }
        if (xml.LocalName == "Document")
        {
            var rootFound = false;
            foreach (var _ in CamtStream.ChildElements(xml))
            {
                rootFound = true;
                return ReadRoot(xml, path, named);
            }
            if (!rootFound) return Fail($"{path} (line {line})", "the Document is empty");
        }
        return ReadRoot(xml, string.Join("/", ancestors), named);
    }

    private ParsedFile ReadRoot(XmlReader xml, string parentPath, (CamtMessage Message, int Version)? named)
    {
        var rootPath = parentPath.Length == 0 ? xml.LocalName : $"{parentPath}/{xml.LocalName}";
        var rootLocation = $"{rootPath} (line {CamtStream.Line(xml)})";
        var byRoot = CamtMessage.FromRoot(xml.LocalName);
        if (byRoot is null || (named is { } n && n.Message != byRoot))
        {
            var expected = named?.Message.RootName ?? string.Join(", ", CamtMessage.All.Select(m => m.RootName));
            return Fail(rootLocation, $"the message element is {xml.LocalName}; expected {expected}");
        }
        context = new CamtContext(fileName, byRoot, named?.Version);
        if (named is null) context.Warning(rootLocation, null, "the Document has no camt namespace; the version is unknown and the message is read by its element names");
        else if (named.Value.Version is < 1 or > CamtMessage.LatestKnownVersion)
        {
            context.Warning(rootLocation, null, $"version .{named.Value.Version:00} is not one Reconciler knows (.01 to .{CamtMessage.LatestKnownVersion}); read with the same rules");
        }
        if (byRoot != requested) context.Warning(rootLocation, null, $"the file is {byRoot.Format}, not {requested.Format}; it is read as {byRoot.Format}");

        DateOnly? messageDate = null;
        var records = 0;
        foreach (var name in CamtStream.ChildElements(xml))
        {
            if (name == "GrpHdr")
            {
                var header = CamtStream.Load(xml, $"{rootPath}/GrpHdr");
                if (header.Child("CreDtTm") is { } created) messageDate = CamtValues.DateTimeDate(context, created);
            }
            else if (name == byRoot.RecordName)
            {
                records++;
                ReadRecord(xml, $"{rootPath}/{name}[{records}]", records, messageDate);
            }
            else
            {
                xml.Skip();
            }
        }
        while (xml.Read())
        {
            // Read to the end so a truncated or malformed tail is still reported.
        }
        if (records == 0) context.Error(rootLocation, byRoot.RecordName, $"{byRoot.RootName} holds no {byRoot.RecordName}: the message is incomplete (the schema requires at least one)");
        return new ParsedFile { File = fileName, Format = byRoot.Format, Statements = statements, Problems = context.Problems };
    }

    private void ReadRecord(XmlReader xml, string path, int number, DateOnly? messageDate)
    {
        var builder = new CamtStatementBuilder(context!, $"{path} (line {CamtStream.Line(xml)})", number, messageDate);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in CamtStream.ChildElements(xml))
        {
            counts[name] = counts.GetValueOrDefault(name) + 1;
            var childPath = name is "Ntry" or "Bal" ? $"{path}/{name}[{counts[name]}]" : $"{path}/{name}";
            builder.Add(CamtStream.Load(xml, childPath));
        }
        // A later page of the same statement starts where the previous page ended.
        var carried = builder.StatementId is not null && carriedFrom == (builder.StatementId, builder.Account) ? carriedEnd : null;
        var (statement, end) = builder.Finish(carried);
        statements.Add(statement);
        carriedFrom = (builder.StatementId, builder.Account);
        carriedEnd = end;
    }

    /// <summary>Problems so far plus the error; statements read before a fatal error are kept for inspection.</summary>
    public ParsedFile Fail(string location, string message) => new()
    {
        File = fileName,
        Format = context?.Message.Format ?? requested.Format,
        Statements = statements,
        Problems = [.. context?.Problems ?? [], ParseProblem.Error(fileName, location, null, message)],
    };
}
