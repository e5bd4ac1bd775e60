namespace Reconciler.Tools.Generate.Formats;

/// <summary>
/// A camt.054.001.08 debit/credit notification (FORMATS.md §2): one Ntfctn (no balances, as the schema has none)
/// whose entries are mostly batch bookings (a supplier payment run going out, a collection coming in) with every
/// item in its own TxDtls adding up to the entry, and single payments in between.
/// </summary>
internal static class CamtNotificationWriter
{
    private const string Ns = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08";

    public static void Write(string path, long units, int seed)
    {
        var entries = new BenchEntries(seed);
        var random = entries.Random;
        var created = BenchEntries.CreatedAfter(units);
        using var w = Files.Create(path);
        w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"{Ns}\">\n<BkToCstmrDbtCdtNtfctn>\n");
        w.Write($"<GrpHdr><MsgId>NTF-{created:yyyyMMdd}-07</MsgId><CreDtTm>{Text.Iso(created)}T07:30:00+01:00</CreDtTm></GrpHdr>\n");
        w.Write($"<Ntfctn><Id>NTF-{created:yyyyMMdd}-07-1</Id><CreDtTm>{Text.Iso(created)}T07:30:00+01:00</CreDtTm>\n");
        w.Write("<Acct><Id><IBAN>DE02100100100006820101</IBAN></Id><Ccy>EUR</Ccy></Acct>\n");
        var sequence = 0;
        for (long done = 0; done < units; sequence++)
        {
            var date = BenchEntries.DayOf(done);
            var reference = $"NT{date:yyMMdd}{sequence:D8}";
            if (random.Next(3) == 0)
            {
                CamtEntryXml.Single(w, entries.Next(), reference, sequence + 1, "BOOK", random);
                done++;
                continue;
            }
            var count = (int)Math.Min(2 + random.Next(9), units - done);
            var items = Enumerable.Range(0, count).Select(_ => (entries.Amount(50, 5000), entries.Company(), entries.Invoice())).ToList();
            CamtEntryXml.Batch(w, date, reference, sequence + 1, credit: random.Next(2) == 0, items);
            done += count;
        }
        w.Write("</Ntfctn>\n</BkToCstmrDbtCdtNtfctn>\n</Document>\n");
    }
}
