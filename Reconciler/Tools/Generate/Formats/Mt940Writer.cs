namespace Reconciler.Tools.Generate.Formats;

/// <summary>
/// SWIFT MT940 customer statements in their network envelope (FORMATS.md §3): one message a day for one account,
/// <c>:28C:</c> numbered in sequence, opening (<c>:60F:</c>) + the day's lines = closing (<c>:62F:</c>, <c>:64:</c>),
/// and each day opening where the last one closed. <c>:86:</c> in the German DK structure.
/// </summary>
internal static class Mt940Writer
{
    private const string Account = "DE02100100100006820101";

    public static void Write(string path, long units, int seed)
    {
        var entries = new BenchEntries(seed);
        using var w = Files.Create(path);
        var balance = 125_000.00m;
        var statement = 0;
        for (long done = 0; done < units;)
        {
            var day = BenchEntries.DayOf(done);
            statement++;
            w.Write($"{{1:F01LAKEDEFFAXXX0000000000}}{{2:O9400600{day:yyMMdd}LAKEDEFFAXXX0000000000{day:yyMMdd}0600N}}{{4:{SwiftLines.Eol}");
            w.Write($":20:STMT{day:yyMMdd}{SwiftLines.Eol}:25:{Account}{SwiftLines.Eol}:28C:{statement:D5}/001{SwiftLines.Eol}");
            w.Write($":60F:{SwiftLines.Balance(balance, day.AddDays(-1), "EUR")}{SwiftLines.Eol}");
            var count = (int)Math.Min(BenchEntries.PerDay, units - done);
            for (var i = 0; i < count; i++)
            {
                var entry = entries.Next();
                balance += entry.Amount;
                w.Write(SwiftLines.StatementLine(entry, $"{entry.Date:yyMMdd}{done + i:D8}"));
                w.Write(SwiftLines.German(entry));
            }
            done += count;
            w.Write($":62F:{SwiftLines.Balance(balance, day, "EUR")}{SwiftLines.Eol}:64:{SwiftLines.Balance(balance, day, "EUR")}{SwiftLines.Eol}-}}{SwiftLines.Eol}");
        }
    }
}
