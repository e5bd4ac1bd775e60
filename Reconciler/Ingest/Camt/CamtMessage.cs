using System.Text.RegularExpressions;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// The three ISO 20022 cash-management messages Reconciler reads: camt.052 (intraday report), camt.053
/// (statement) and camt.054 (debit/credit notification), with their root and per-account element names.
/// </summary>
public sealed partial record CamtMessage(string Format, string Number, string RootName, string RecordName)
{
    public static readonly CamtMessage Report = new("camt.052", "052", "BkToCstmrAcctRpt", "Rpt");

    public static readonly CamtMessage Statement = new("camt.053", "053", "BkToCstmrStmt", "Stmt");

    public static readonly CamtMessage Notification = new("camt.054", "054", "BkToCstmrDbtCdtNtfctn", "Ntfctn");

    public static IReadOnlyList<CamtMessage> All { get; } = [Report, Statement, Notification];

    /// <summary>The newest version whose rules the reader knows.</summary>
    public const int LatestKnownVersion = 13;

    /// <summary>camt.054 carries no balances: its check is at most the transaction summary.</summary>
    public bool HasBalances => Number != Notification.Number;

    /// <summary>The message and version a namespace names (urn:iso:std:iso:20022:tech:xsd:camt.053.001.08), or null.</summary>
    public static (CamtMessage Message, int Version)? FromNamespace(string? ns)
    {
        if (string.IsNullOrEmpty(ns)) return null;
        var match = NamespacePattern().Match(ns);
        if (!match.Success) return null;
        var message = All.First(m => m.Number == match.Groups[1].Value);
        return (message, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The message whose root element this is (BkToCstmrStmt, or BkToCstmrAcctRptV01 in version .01).</summary>
    public static CamtMessage? FromRoot(string localName) => All.FirstOrDefault(m => m.IsRoot(localName));

    public bool IsRoot(string localName) =>
        localName == RootName || (localName.StartsWith(RootName, StringComparison.Ordinal) && VersionSuffix().IsMatch(localName[RootName.Length..]));

    [GeneratedRegex(@"camt\.(05[234])\.001\.(\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex NamespacePattern();

    [GeneratedRegex(@"^V\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSuffix();
}
