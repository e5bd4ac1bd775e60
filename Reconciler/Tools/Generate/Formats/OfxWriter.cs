using System.Globalization;

namespace Reconciler.Tools.Generate.Formats;

/// <summary>
/// An OFX bank statement download (FORMATS.md §4): 1.x SGML (the KEY:VALUE header, leaf elements left open) or 2.x
/// XML (the processing-instruction header, every element closed). One STMTRS with its transaction list: signed
/// TRNAMT, a unique FITID, NAME cut to 32 characters, the full text in MEMO, then LEDGERBAL and AVAILBAL.
/// </summary>
internal sealed class OfxWriter(bool xml)
{
    private TextWriter _w = TextWriter.Null;

    public void Write(string path, long units, int seed)
    {
        var entries = new BenchEntries(seed);
        var created = BenchEntries.CreatedAfter(units);
        using var w = Files.Create(path);
        _w = w;
        if (xml) w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<?OFX OFXHEADER=\"200\" VERSION=\"220\" SECURITY=\"NONE\" OLDFILEUID=\"NONE\" NEWFILEUID=\"NONE\"?>\n");
        else w.Write("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n");
        var server = $"{created:yyyyMMdd}060000.000[-5:EST]";
        w.Write("<OFX>\n<SIGNONMSGSRSV1><SONRS><STATUS>");
        Leaf("CODE", "0"); Leaf("SEVERITY", "INFO");
        w.Write("</STATUS>\n");
        Leaf("DTSERVER", server); Leaf("LANGUAGE", "ENG");
        w.Write("</SONRS></SIGNONMSGSRSV1>\n<BANKMSGSRSV1><STMTTRNRS>");
        Leaf("TRNUID", "1001");
        w.Write("<STATUS>");
        Leaf("CODE", "0"); Leaf("SEVERITY", "INFO");
        w.Write("</STATUS>\n<STMTRS>");
        Leaf("CURDEF", "USD");
        w.Write("\n<BANKACCTFROM>");
        Leaf("BANKID", "021000021"); Leaf("ACCTID", "123456789"); Leaf("ACCTTYPE", "CHECKING");
        w.Write("</BANKACCTFROM>\n<BANKTRANLIST>");
        Leaf("DTSTART", $"{BenchEntries.Start:yyyyMMdd}"); Leaf("DTEND", $"{created.AddDays(-1):yyyyMMdd}");
        w.Write('\n');
        var balance = 16_300.00m;
        for (long i = 0; i < units; i++)
        {
            var entry = entries.Next();
            balance += entry.Amount;
            w.Write("<STMTTRN>");
            Leaf("TRNTYPE", Type(entry));
            Leaf("DTPOSTED", $"{entry.Date:yyyyMMdd}120000.000[-5:EST]");
            Leaf("TRNAMT", entry.Amount.ToString("0.00", CultureInfo.InvariantCulture));
            w.Write('\n');
            Leaf("FITID", $"{entry.Date:yyyyMMdd}-{i:D8}");
            if (entry.Kind == EntryKind.CheckPaid) Leaf("CHECKNUM", entry.Text[6..]);
            var name = entry.Payer ?? entry.Text;
            Leaf("NAME", name.Length <= 32 ? name : name[..32]);
            Leaf("MEMO", entry.Text);
            w.Write("</STMTTRN>\n");
        }
        w.Write("</BANKTRANLIST>\n<LEDGERBAL>");
        Leaf("BALAMT", Text.Money(balance)); Leaf("DTASOF", server);
        w.Write("</LEDGERBAL>\n<AVAILBAL>");
        Leaf("BALAMT", Text.Money(balance)); Leaf("DTASOF", server);
        w.Write("</AVAILBAL>\n</STMTRS></STMTTRNRS></BANKMSGSRSV1>\n</OFX>\n");
    }

    private static string Type(BankEntry entry) => entry.Kind switch
    {
        EntryKind.Check => "DEP",
        EntryKind.CheckPaid => "CHECK",
        EntryKind.Fee => "SRVCHG",
        EntryKind.AchCredit or EntryKind.ProcessorDeposit => "DIRECTDEP",
        EntryKind.AchDebit => "DIRECTDEBIT",
        EntryKind.Wire or EntryKind.WireOut => "XFER",
        _ => entry.IsCredit ? "CREDIT" : "DEBIT",
    };

    /// <summary>A leaf element: closed in 2.x, left open in 1.x SGML. Values are escaped as the spec asks.</summary>
    private void Leaf(string tag, string value)
    {
        _w.Write('<'); _w.Write(tag); _w.Write('>');
        _w.Write(Text.Xml(value).Replace("&apos;", "'", StringComparison.Ordinal).Replace("&quot;", "\"", StringComparison.Ordinal));
        if (xml) { _w.Write("</"); _w.Write(tag); _w.Write('>'); }
    }
}
