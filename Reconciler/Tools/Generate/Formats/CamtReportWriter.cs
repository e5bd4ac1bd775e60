namespace Reconciler.Tools.Generate.Formats;

/// <summary>
/// A camt.052.001.08 intraday account report (FORMATS.md §2): one Rpt with an opening booked (OPBD) and an interim
/// booked (ITBD) balance that prove (OPBD + booked entries = ITBD); about one entry in twenty is still pending
/// (PDNG) and left out of the proof. Entries go to a scratch file first because the balances precede them.
/// </summary>
internal static class CamtReportWriter
{
    private const string Ns = "urn:iso:std:iso:20022:tech:xsd:camt.052.001.08";

    public static void Write(string path, long units, int seed)
    {
        var entries = new BenchEntries(seed);
        var scratch = path + ".part";
        var opening = 250_000.00m;
        var booked = 0m;
        try
        {
            using (var w = Files.Create(scratch))
            {
                for (var i = 1; i <= units; i++)
                {
                    var entry = entries.Next();
                    var pending = entries.Random.Next(20) == 0;
                    if (!pending) booked += entry.Amount;
                    CamtEntryXml.Single(w, entry, $"RP{entry.Date:yyMMdd}{i:D8}", i, pending ? "PDNG" : "BOOK", entries.Random);
                }
            }
            var created = BenchEntries.CreatedAfter(units);
            using var file = Files.Create(path);
            file.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"{Ns}\">\n<BkToCstmrAcctRpt>\n");
            file.Write($"<GrpHdr><MsgId>RPT-{created:yyyyMMdd}-1200</MsgId><CreDtTm>{Text.Iso(created)}T12:00:00+01:00</CreDtTm></GrpHdr>\n");
            file.Write($"<Rpt><Id>RPT-{created:yyyyMMdd}-1200-1</Id><CreDtTm>{Text.Iso(created)}T12:00:00+01:00</CreDtTm>\n");
            file.Write("<Acct><Id><IBAN>DE02100100100006820101</IBAN></Id><Ccy>EUR</Ccy></Acct>\n");
            file.Write(Balance("OPBD", opening, $"<Dt>{Text.Iso(BenchEntries.Start)}</Dt>"));
            file.Write(Balance("ITBD", opening + booked, $"<DtTm>{Text.Iso(created)}T12:00:00+01:00</DtTm>"));
            file.Flush();
            using (var body = File.OpenRead(scratch)) body.CopyTo(file.BaseStream);
            file.Write("</Rpt>\n</BkToCstmrAcctRpt>\n</Document>\n");
        }
        finally
        {
            File.Delete(scratch);
        }
    }

    private static string Balance(string code, decimal amount, string date) =>
        $"<Bal><Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">{Text.Money(Math.Abs(amount))}</Amt>"
        + $"<CdtDbtInd>{(amount < 0 ? "DBIT" : "CRDT")}</CdtDbtInd><Dt>{date}</Dt></Bal>\n";
}
