namespace Reconciler.Tools.Generate.Formats;

/// <summary>
/// SWIFT MT942 interim transaction reports (FORMATS.md §3): one report a day with the floor limit (<c>:34F:</c>), the
/// report time (<c>:13D:</c>), the lines with Dutch-style <c>:86:</c>, and the <c>:90D:</c> / <c>:90C:</c> counts and
/// sums of debits and credits that stand in for balances.
/// </summary>
internal static class Mt942Writer
{
    private const string Account = "NL20INGB0001234567";

    public static void Write(string path, long units, int seed)
    {
        var entries = new BenchEntries(seed);
        using var w = Files.Create(path);
        var report = 0;
        for (long done = 0; done < units;)
        {
            var day = BenchEntries.DayOf(done);
            report++;
            w.Write($"{{1:F01INGBNL2AAXXX0000000000}}{{2:O9421815{day:yyMMdd}INGBNL2AAXXX0000000000{day:yyMMdd}1815N}}{{4:{SwiftLines.Eol}");
            w.Write($":20:INT{day:yyMMdd}{report:D5}{SwiftLines.Eol}:25:{Account}{SwiftLines.Eol}:28C:{report:D5}/1{SwiftLines.Eol}");
            w.Write($":34F:EURC0,{SwiftLines.Eol}:13D:{day:yyMMdd}1815+0100{SwiftLines.Eol}");
            var count = (int)Math.Min(BenchEntries.PerDay, units - done);
            decimal debits = 0m, credits = 0m;
            int debitCount = 0, creditCount = 0;
            for (var i = 0; i < count; i++)
            {
                var entry = entries.Next();
                if (entry.IsCredit) { credits += entry.Amount; creditCount++; }
                else { debits -= entry.Amount; debitCount++; }
                w.Write(SwiftLines.StatementLine(entry, $"MB{entry.Date:yyMMdd}{done + i:D8}"));
                w.Write(SwiftLines.Dutch(entry, "NL91ABNA0417164300"));
            }
            done += count;
            w.Write($":90D:{debitCount}EUR{SwiftLines.Amount(debits)}{SwiftLines.Eol}:90C:{creditCount}EUR{SwiftLines.Amount(credits)}{SwiftLines.Eol}-}}{SwiftLines.Eol}");
        }
    }
}
