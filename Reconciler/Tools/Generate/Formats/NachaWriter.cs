using System.Globalization;

namespace Reconciler.Tools.Generate.Formats;

/// <summary>
/// A NACHA ACH file as a receiving bank delivers it (FORMATS.md §6): 94-character records, batches of up to 200
/// entries from payers' companies (CCD+ health-care payments with a TRN addenda, PPD customer payments, and now and
/// then a batch of returned debits, each with its 99 addenda), every batch and file control right (counts, entry hash, debit and credit
/// totals), routing numbers with a valid ABA check digit, and the file padded with all-9 records to a block of ten.
/// </summary>
internal static class NachaWriter
{
    private const string Odfi = "02100002";
    private static readonly string[] Rdfis = ["071000013", "021000021", "121000248", "011000015", "026009593", "111000025"];

    public static void Write(string path, long units, int seed)
    {
        var entries = new BenchEntries(seed);
        var random = entries.Random;
        using var w = Files.Create(path);
        var created = BenchEntries.CreatedAfter(units);
        var records = 0L;
        void Record(string text)
        {
            if (text.Length != 94) throw new InvalidOperationException($"NACHA record of {text.Length} characters: {text}");
            w.Write(text);
            w.Write('\n');
            records++;
        }
        Record($"101 {Rdfis[1]} {Odfi}1{created:yyMMdd}0630A094101{"FIRST PAYER BANK",-23}{"NORTH CLINIC",-23}{"",8}");
        long fileCount = 0, fileHash = 0, fileDebits = 0, fileCredits = 0, batches = 0, trace = 0;
        for (long done = 0; done < units; batches++)
        {
            var returns = random.Next(10) == 0;
            var ccd = !returns && random.Next(2) == 0;
            var company = returns ? "RETURNS" : ccd ? Names.Payers[random.Next(Names.Payers.Length)].Name.ToUpperInvariant() : "PAYMENTS ONLINE";
            var companyId = "1" + random.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
            var batch = (batches + 1).ToString("D7", CultureInfo.InvariantCulture);
            var effective = BenchEntries.DayOf(done);
            var service = returns ? "225" : "220";
            var sec = ccd ? "CCD" : "PPD";
            var description = returns ? "RETURN" : ccd ? "HCCLAIMPMT" : "PAYMENT";
            Record($"5{service}{Cut(company, 16),-16}{"",20}{companyId}{sec}{description,-10}{effective:yyMMdd}{effective:yyMMdd}   1{Odfi}{batch}");
            long count = 0, hash = 0, debits = 0, credits = 0;
            var size = (int)Math.Min(50 + random.Next(150), units - done);
            for (var i = 0; i < size; i++)
            {
                var rdfi = Rdfis[random.Next(Rdfis.Length)];
                var cents = (long)(entries.Amount(20, 9000) * 100m);
                var code = returns ? "26" : random.Next(5) == 0 ? "32" : "22";
                var name = entries.Company().ToUpperInvariant();
                var id = returns ? "CUST-" + random.Next(10_000, 99_999).ToString(CultureInfo.InvariantCulture) : entries.Invoice();
                var traceNumber = Odfi + (++trace % 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
                var addenda = returns || ccd;
                Record($"6{code}{rdfi}{random.Next(10_000_000, 99_999_999),-17}{cents:D10}{id,-15}{Cut(name, 22),-22}  {(addenda ? '1' : '0')}{traceNumber}");
                if (ccd)
                    Record($"705{Cut($"TRN*1*EFT{effective:yyMMdd}{trace:D7}*{companyId}\\", 80),-80}0001{traceNumber[8..]}");
                if (returns)
                    Record($"799R01{Odfi}{random.Next(1_000_000, 9_999_999)}{"",6}{rdfi[..8]}{"INSUFFICIENT FUNDS",-44}{traceNumber}");
                count += addenda ? 2 : 1;
                hash += long.Parse(rdfi[..8], CultureInfo.InvariantCulture);
                if (code == "26") debits += cents; // a debit we collected, returned unpaid
                else credits += cents;
            }
            done += size;
            hash %= 10_000_000_000;
            Record($"8{service}{count:D6}{hash:D10}{debits:D12}{credits:D12}{companyId}{"",19}{"",6}{Odfi}{batch}");
            fileCount += count;
            fileHash = (fileHash + hash) % 10_000_000_000;
            fileDebits += debits;
            fileCredits += credits;
        }
        var blocks = (records + 1 + 9) / 10;
        Record($"9{batches:D6}{blocks:D6}{fileCount:D8}{fileHash:D10}{fileDebits:D12}{fileCredits:D12}{"",39}");
        for (var filler = records; filler % 10 != 0; filler++) Record(new string('9', 94));
    }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
